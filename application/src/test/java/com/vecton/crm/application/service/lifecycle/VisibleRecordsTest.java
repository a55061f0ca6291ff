package com.vecton.crm.application.service.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vecton.crm.application.port.out.IdentityDirectory;
import com.vecton.crm.application.service.access.AuthorizeActionService;
import com.vecton.crm.domain.access.AccessGate;
import com.vecton.crm.domain.access.BearerToken;
import com.vecton.crm.domain.access.Caller;
import com.vecton.crm.domain.access.Conditions;
import com.vecton.crm.domain.access.Effect;
import com.vecton.crm.domain.access.Permission;
import com.vecton.crm.domain.access.PermissionNamespace;
import com.vecton.crm.domain.access.PermissionPattern;
import com.vecton.crm.domain.access.Policy;
import com.vecton.crm.domain.access.Requester;
import com.vecton.crm.domain.access.ResourceAttributes;
import com.vecton.crm.domain.access.ResourceName;
import com.vecton.crm.domain.access.ResourcePattern;
import com.vecton.crm.domain.access.Scopes;
import com.vecton.crm.domain.access.TokenType;
import com.vecton.crm.domain.access.UserId;
import com.vecton.crm.domain.access.Visibility;
import com.vecton.crm.domain.problem.Forbidden;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The kit's list check on the real gate: the route's permission on what the route names, the item
 * route's on the items, and a refusal that says what a list needs.
 */
class VisibleRecordsTest {
    private static final String P = "tenant.acme.crm.";
    private static final Caller CALLER = new Caller(
            new UserId("u-1"),
            "u-1",
            "u-1@acme.test",
            null,
            null,
            false,
            Set.of("t-acme"),
            TokenType.USER,
            Scopes.unrestricted(),
            null,
            null,
            false);
    private static final Requester LISTING =
            new Requester(CALLER, new BearerToken("tok"), new Permission("contacts.list"));

    private final List<Policy> policies = new ArrayList<>();
    private final IdentityDirectory identity = new IdentityDirectory() {
        @Override
        public Caller identify(BearerToken token) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<Policy> policiesFor(Caller caller, BearerToken token) {
            return policies;
        }
    };
    private final VisibleRecords contacts = new VisibleRecords(
            "contacts",
            new Permission("contacts.view"),
            Set.of("created_by", "company_id"),
            new AuthorizeActionService(
                    identity,
                    new AccessGate("t-acme"),
                    new PermissionNamespace("acme", "crm"),
                    () -> Instant.parse("2026-12-01T10:00:00Z")));

    private static Policy policy(Effect effect, String action, String resource, Map<String, Object> conditions) {
        return new Policy(
                "p-" + action,
                effect,
                List.of(new PermissionPattern(P + action)),
                List.of(new ResourcePattern(resource)),
                Conditions.fromRaw(conditions));
    }

    private static Visibility.Filter ids(String... ids) {
        return new Visibility.Filter(List.of(new Visibility.Test(Visibility.ID, false, List.of(ids))));
    }

    @Test
    void the_issue_case_a_deny_of_view_on_one_contact_hides_it_from_the_list() {
        policies.add(policy(Effect.ALLOW, "contacts.*", "*", Map.of()));
        policies.add(policy(Effect.DENY, "contacts.view", "crm:contacts/5", Map.of()));
        var visible = contacts.ofAll(LISTING);
        assertEquals(
                List.of(new Visibility.Grant(List.of(Visibility.Filter.ALWAYS), List.of(ids("5")))), visible.grants());
    }

    @Test
    void listing_needs_view_on_the_items_besides_the_list_permission() {
        policies.add(policy(Effect.ALLOW, "contacts.list", "*", Map.of()));
        var refused = assertThrows(Forbidden.class, () -> contacts.ofAll(LISTING));
        assertEquals("permission_denied", refused.code());
        assertEquals(
                "Listing contacts needs contacts.list and contacts.view allowed, without conditions on the contacts"
                        + " or with StringEquals/StringNotEquals on resource.company_id or created_by.",
                refused.getMessage());
    }

    @Test
    void an_allow_of_view_on_one_contact_lists_that_contact_only() {
        policies.add(policy(Effect.ALLOW, "contacts.list", "crm:contacts", Map.of()));
        policies.add(policy(Effect.ALLOW, "contacts.view", "crm:contacts/7", Map.of()));
        assertEquals(
                List.of(new Visibility.Grant(List.of(ids("7")), List.of())),
                contacts.ofAll(LISTING).grants());
    }

    @Test
    void a_sub_list_checks_the_list_permission_on_its_parent_and_view_on_the_items() {
        policies.add(policy(Effect.ALLOW, "contacts.list", "crm:companies/3", Map.of()));
        policies.add(policy(
                Effect.ALLOW,
                "contacts.view",
                "crm:contacts/*",
                Map.of("StringEquals", Map.of("resource.company_id", "3"))));
        var ofCompany = new ResourceAttributes(Map.of("company_id", 3L));
        assertTrue(contacts.of(LISTING, ResourceName.item("companies", 3), ofCompany)
                .isEverything());
        assertThrows(
                Forbidden.class,
                () -> contacts.of(
                        LISTING, ResourceName.item("companies", 4), new ResourceAttributes(Map.of("company_id", 4L))));
    }

    @Test
    void other_refusals_keep_their_own_code() {
        assertEquals(
                "no_policies",
                assertThrows(Forbidden.class, () -> contacts.ofAll(LISTING)).code());
    }
}
