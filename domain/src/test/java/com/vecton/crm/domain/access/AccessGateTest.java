package com.vecton.crm.domain.access;

import static com.vecton.crm.domain.access.AccessRequestBuilder.aRequest;
import static com.vecton.crm.domain.access.CallerBuilder.aCaller;
import static com.vecton.crm.domain.access.PolicyBuilder.aDeny;
import static com.vecton.crm.domain.access.PolicyBuilder.anAllow;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vecton.crm.domain.problem.Forbidden;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** identity.md section 4: the four steps of the gate, in order. */
class AccessGateTest {

    private static final String LIST_CONTACTS = "tenant.acme.crm.contacts.list";

    private final AccessGate gate = new AccessGate("t-acme");

    /** Counts fetches, so a test can say the gate never asked. */
    private static final class CountingPolicies implements Supplier<List<Policy>> {
        private final List<Policy> policies;
        private final AtomicInteger calls = new AtomicInteger();

        CountingPolicies(Policy... policies) {
            this.policies = List.of(policies);
        }

        @Override
        public List<Policy> get() {
            calls.incrementAndGet();
            return policies;
        }

        int calls() {
            return calls.get();
        }
    }

    private static final Supplier<List<Policy>> MUST_NOT_BE_CALLED = () -> {
        throw new AssertionError("the policy supplier must not be called");
    };

    private static AccessRequest listContactsBy(CallerBuilder caller) {
        return aRequest()
                .by(caller)
                .doing(LIST_CONTACTS)
                .on(ResourceName.collection("contacts"))
                .build();
    }

    /** The gate's answer to this caller listing contacts, under these policies. */
    private AccessDecision listContacts(CallerBuilder caller, Policy... policies) {
        return gate.decide(listContactsBy(caller), new CountingPolicies(policies));
    }

    /** The same, where reaching the policy step is itself a failure. */
    private AccessDecision listContactsNeverFetching(CallerBuilder caller) {
        return gate.decide(listContactsBy(caller), MUST_NOT_BE_CALLED);
    }

    @Nested
    class Admin_bypass {
        @Test
        void a_system_admin_is_allowed_without_fetching_policies() {
            var policies = new CountingPolicies();
            var admin = aCaller().systemAdmin().memberOf("t-acme");
            assertEquals(AccessDecision.ALLOWED, gate.decide(listContactsBy(admin), policies));
            assertEquals(0, policies.calls());
        }

        @Test
        void a_system_admin_needs_no_membership_scope_or_policy() {
            var admin = aCaller().systemAdmin().serviceAccountScopedTo();
            assertEquals(AccessDecision.ALLOWED, listContactsNeverFetching(admin));
        }

        @Test
        void a_system_admin_is_allowed_even_against_a_deny() {
            var deny = new CountingPolicies(aDeny("*").build());
            assertEquals(
                    AccessDecision.ALLOWED, gate.decide(listContactsBy(aCaller().systemAdmin()), deny));
            assertEquals(0, deny.calls());
        }
    }

    @Nested
    class Tenant_membership {
        @Test
        void a_non_member_is_refused_without_fetching_policies() {
            var policies = new CountingPolicies(anAllow("*").build());
            var outsider = aCaller().memberOf("t-globex");
            assertEquals(AccessDecision.TENANT_NOT_A_MEMBER, gate.decide(listContactsBy(outsider), policies));
            assertEquals(0, policies.calls());
        }

        @Test
        void a_caller_of_no_tenant_is_not_a_member() {
            assertEquals(AccessDecision.TENANT_NOT_A_MEMBER, listContactsNeverFetching(aCaller()));
        }

        @Test
        void membership_is_checked_before_scopes() {
            var outsider = aCaller().memberOf("t-globex").serviceAccountScopedTo();
            assertEquals(AccessDecision.TENANT_NOT_A_MEMBER, listContactsNeverFetching(outsider));
        }

        @Test
        void a_member_of_several_tenants_including_this_one_passes() {
            var member = aCaller().memberOf("t-globex", "t-acme");
            assertEquals(
                    AccessDecision.ALLOWED, listContacts(member, anAllow("*").build()));
        }

        @Test
        void tenant_ids_are_compared_exactly() {
            assertEquals(
                    AccessDecision.TENANT_NOT_A_MEMBER,
                    listContactsNeverFetching(aCaller().memberOf("T-ACME", "t-acme-2")));
        }
    }

    @Nested
    class Scope_gate {
        @Test
        void an_empty_scope_list_denies_everything() {
            var nothingInScope = aCaller().memberOf("t-acme").serviceAccountScopedTo();
            var actions =
                    List.of(LIST_CONTACTS, "tenant.acme.crm.tasks.update", "tenant.acme.crm.chat.messages.create");
            for (String action : actions) {
                var request = aRequest().by(nothingInScope).doing(action).build();
                assertEquals(
                        AccessDecision.SERVICE_ACCOUNT_SCOPE_DENIED, gate.decide(request, MUST_NOT_BE_CALLED), action);
            }
        }

        @Test
        void null_scopes_are_unrestricted_and_policies_decide() {
            var unrestricted = aCaller().memberOf("t-acme").serviceAccountWithoutScopes();
            assertEquals(
                    AccessDecision.ALLOWED,
                    listContacts(unrestricted, anAllow(LIST_CONTACTS).build()));
            assertEquals(
                    AccessDecision.PERMISSION_DENIED,
                    listContacts(
                            unrestricted, anAllow("tenant.acme.crm.tasks.*").build()));
        }

        @Test
        void an_action_outside_the_scopes_is_refused_without_fetching_policies() {
            var scoped = aCaller().memberOf("t-acme").serviceAccountScopedTo("tenant.acme.crm.tasks.*");
            assertEquals(AccessDecision.SERVICE_ACCOUNT_SCOPE_DENIED, listContactsNeverFetching(scoped));
        }

        @Test
        void scopes_are_matched_with_the_pattern_rules() {
            var scoped = aCaller()
                    .memberOf("t-acme")
                    .serviceAccountScopedTo("tenant.acme.crm.tasks.*", "tenant.*.crm.*.list");
            var policies = new CountingPolicies(anAllow("*").build());
            assertEquals(AccessDecision.ALLOWED, gate.decide(listContactsBy(scoped), policies));
            var blogList = aRequest()
                    .by(scoped)
                    .doing("tenant.acme.crm.blog.posts.list")
                    .build();
            assertEquals(AccessDecision.SERVICE_ACCOUNT_SCOPE_DENIED, gate.decide(blogList, MUST_NOT_BE_CALLED));
        }

        @Test
        void passing_the_scope_gate_does_not_allow_by_itself() {
            var scoped = aCaller().memberOf("t-acme").serviceAccountScopedTo(LIST_CONTACTS);
            assertEquals(
                    AccessDecision.PERMISSION_DENIED,
                    listContacts(scoped, anAllow("tenant.acme.crm.tasks.*").build()));
            assertEquals(AccessDecision.NO_POLICIES, listContacts(scoped));
            assertEquals(
                    AccessDecision.PERMISSION_DENIED,
                    listContacts(
                            scoped, anAllow("*").build(), aDeny(LIST_CONTACTS).build()));
        }
    }

    @Nested
    class Policies {
        private final CallerBuilder member = aCaller().memberOf("t-acme");

        @Test
        void an_empty_policy_list_is_no_policies() {
            assertEquals(AccessDecision.NO_POLICIES, listContacts(member));
        }

        @Test
        void an_applicable_allow_is_allowed() {
            assertEquals(
                    AccessDecision.ALLOWED,
                    listContacts(member, anAllow("tenant.acme.crm.contacts.*").build()));
        }

        @Test
        void deny_overrides_an_allow_on_the_same_action() {
            assertEquals(
                    AccessDecision.PERMISSION_DENIED,
                    listContacts(
                            member,
                            anAllow(LIST_CONTACTS).build(),
                            aDeny(LIST_CONTACTS).build()));
        }

        @Test
        void no_applicable_allow_is_permission_denied() {
            assertEquals(
                    AccessDecision.PERMISSION_DENIED,
                    listContacts(member, anAllow("tenant.acme.crm.tasks.*").build()));
        }

        @Test
        void policies_are_fetched_exactly_once_per_decision() {
            var policies = new CountingPolicies(
                    anAllow("tenant.acme.crm.tasks.*").build(),
                    anAllow(LIST_CONTACTS).build());
            gate.decide(listContactsBy(member), policies);
            assertEquals(1, policies.calls());
        }
    }

    @Nested
    class Decisions_and_errors {
        private final CallerBuilder member = aCaller().memberOf("t-acme");

        @Test
        void each_refusal_carries_the_contract_error_code() {
            assertNull(AccessDecision.ALLOWED.errorCode());
            assertEquals("tenant_not_a_member", AccessDecision.TENANT_NOT_A_MEMBER.errorCode());
            assertEquals("service_account_scope_denied", AccessDecision.SERVICE_ACCOUNT_SCOPE_DENIED.errorCode());
            assertEquals("no_policies", AccessDecision.NO_POLICIES.errorCode());
            assertEquals("permission_denied", AccessDecision.PERMISSION_DENIED.errorCode());
        }

        @Test
        void enforce_lets_an_allowed_request_through() {
            assertDoesNotThrow(() -> gate.enforce(
                    listContactsBy(member), new CountingPolicies(anAllow("*").build())));
        }

        @Test
        void enforce_throws_forbidden_with_the_decision_code() {
            var denied = assertThrows(
                    Forbidden.class,
                    () -> gate.enforce(
                            listContactsBy(member),
                            new CountingPolicies(aDeny("*").build())));
            assertEquals("permission_denied", denied.code());
            assertFalse(denied.detail().isBlank());
        }

        @Test
        void enforce_reports_each_refusal_by_its_own_code() {
            var nothingInScope = aCaller().memberOf("t-acme").serviceAccountScopedTo();
            assertEquals(
                    "tenant_not_a_member",
                    assertThrows(Forbidden.class, () -> gate.enforce(listContactsBy(aCaller()), MUST_NOT_BE_CALLED))
                            .code());
            assertEquals(
                    "service_account_scope_denied",
                    assertThrows(
                                    Forbidden.class,
                                    () -> gate.enforce(listContactsBy(nothingInScope), MUST_NOT_BE_CALLED))
                            .code());
            assertEquals(
                    "no_policies",
                    assertThrows(Forbidden.class, () -> gate.enforce(listContactsBy(member), new CountingPolicies()))
                            .code());
        }

        @Test
        void the_refusal_sentence_reveals_no_identity_or_tenant_detail() {
            var caller =
                    aCaller().withId("u-secret-1").withEmail("secret@acme.test").memberOf("t-other");
            var refusal = assertThrows(Forbidden.class, () -> gate.enforce(listContactsBy(caller), MUST_NOT_BE_CALLED));
            assertFalse(refusal.detail().contains("u-secret-1"));
            assertFalse(refusal.detail().contains("secret@acme.test"));
            assertFalse(refusal.detail().contains("t-acme"));
            assertFalse(refusal.detail().contains("t-other"));
        }

        @Test
        void a_gate_is_bound_to_one_tenant() {
            assertThrows(IllegalArgumentException.class, () -> new AccessGate(" "));
            assertThrows(IllegalArgumentException.class, () -> new AccessGate(null));
        }

        @Test
        void allowed_is_the_only_decision_that_allows() {
            for (AccessDecision decision : AccessDecision.values()) {
                assertEquals(decision == AccessDecision.ALLOWED, decision.allowed());
            }
            assertTrue(AccessDecision.ALLOWED.allowed());
        }
    }
}
