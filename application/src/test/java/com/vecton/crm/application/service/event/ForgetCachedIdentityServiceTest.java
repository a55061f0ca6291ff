package com.vecton.crm.application.service.event;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.vecton.crm.application.port.out.IdentityCache;
import com.vecton.crm.domain.access.UserId;
import com.vecton.crm.domain.event.IdentityChange;
import com.vecton.crm.domain.event.IdentityChange.MemberAdded;
import com.vecton.crm.domain.event.IdentityChange.MemberRemoved;
import com.vecton.crm.domain.event.IdentityChange.PolicyUpdated;
import com.vecton.crm.domain.event.IdentityChange.UserScheduledForDeletion;
import com.vecton.crm.domain.event.IdentityChange.UserUpdated;
import com.vecton.crm.domain.event.IdentityEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ForgetCachedIdentityServiceTest {
    private static final String ACME = "t-acme";
    private static final String OTHER = "t-other";
    private static final UserId ODON = new UserId("u-1001");

    private final RecordingCache cache = new RecordingCache();
    private final ForgetCachedIdentityService service = new ForgetCachedIdentityService(ACME, cache);

    @Test
    void a_policy_update_of_our_tenant_drops_its_policies() {
        service.forget(event(null, new PolicyUpdated(ACME)));

        assertEquals(List.of("policies of t-acme"), cache.forgotten);
    }

    @Test
    void a_policy_update_of_another_tenant_drops_nothing() {
        service.forget(event(null, new PolicyUpdated(OTHER)));
        service.forget(event(OTHER, new PolicyUpdated(OTHER)));

        assertEquals(List.of(), cache.forgotten);
    }

    @Test
    void a_user_update_and_a_scheduled_deletion_drop_the_user_whatever_the_envelope_says() {
        service.forget(event(null, new UserUpdated(ODON, "Ödön", "odon@acme.test", "hu", "Europe/Budapest")));
        service.forget(event(ACME, new UserScheduledForDeletion(ODON)));

        assertEquals(List.of("user u-1001", "user u-1001"), cache.forgotten);
    }

    @Test
    void a_user_event_on_another_tenants_envelope_drops_nothing() {
        service.forget(event(OTHER, new UserUpdated(ODON, null, null, null, null)));

        assertEquals(List.of(), cache.forgotten);
    }

    @Test
    void a_member_removed_from_our_tenant_is_dropped_and_from_another_is_not() {
        service.forget(event(null, new MemberRemoved(OTHER, ODON)));
        service.forget(event(null, new MemberRemoved(ACME, ODON)));

        assertEquals(List.of("user u-1001"), cache.forgotten);
    }

    @Test
    void a_member_added_drops_nothing() {
        service.forget(event(ACME, new MemberAdded(ACME, ODON)));

        assertEquals(List.of(), cache.forgotten);
    }

    @Test
    void the_same_event_twice_is_harmless() {
        var event = event(null, new PolicyUpdated(ACME));

        service.forget(event);
        service.forget(event);

        assertEquals(List.of("policies of t-acme", "policies of t-acme"), cache.forgotten);
    }

    private static IdentityEvent event(String envelopeTenant, IdentityChange change) {
        return new IdentityEvent(
                "0b9f-" + change.type(), Instant.parse("2026-11-20T10:00:00Z"), envelopeTenant, change);
    }

    /** What the service asked the cache to drop, in order. */
    private static final class RecordingCache implements IdentityCache {
        final List<String> forgotten = new ArrayList<>();

        @Override
        public void forgetPoliciesOfTenant(String tenantId) {
            forgotten.add("policies of " + tenantId);
        }

        @Override
        public void forgetUser(UserId userId) {
            forgotten.add("user " + userId);
        }
    }
}
