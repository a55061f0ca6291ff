package com.vecton.crm.domain.access;

import static com.vecton.crm.domain.access.AccessRequestBuilder.aRequest;
import static com.vecton.crm.domain.access.PolicyBuilder.aDeny;
import static com.vecton.crm.domain.access.PolicyBuilder.anAllow;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** identity.md section 4, step 4: deny overrides, applicability. */
class PolicyEvaluatorTest {

    private static final String UPDATE_TASK = "tenant.acme.crm.tasks.update";

    private static final AccessRequest UPDATE_TASK_42 = aRequest()
            .doing(UPDATE_TASK)
            .on(ResourceName.item("tasks", 42))
            .withAttributes(Map.of("assignee_ids", List.of("u-1001"), "owner_id", "u-7"))
            .build();

    private static PolicyDecision evaluate(AccessRequest request, Policy... policies) {
        return PolicyEvaluator.evaluate(request, List.of(policies));
    }

    @Test
    void no_policies_at_all_is_its_own_answer() {
        assertEquals(PolicyDecision.NO_POLICIES, PolicyEvaluator.evaluate(UPDATE_TASK_42, List.of()));
    }

    @Test
    void an_applicable_allow_allows() {
        assertEquals(
                PolicyDecision.ALLOW,
                evaluate(UPDATE_TASK_42, anAllow("tenant.acme.crm.tasks.*").build()));
    }

    @Test
    void deny_overrides_an_allow_on_the_same_action() {
        assertEquals(
                PolicyDecision.DENIED,
                evaluate(
                        UPDATE_TASK_42,
                        anAllow(UPDATE_TASK).build(),
                        aDeny(UPDATE_TASK).build()));
    }

    @Test
    void deny_overrides_whatever_the_order() {
        assertEquals(
                PolicyDecision.DENIED,
                evaluate(
                        UPDATE_TASK_42,
                        aDeny("tenant.acme.crm.*").build(),
                        anAllow(UPDATE_TASK).build(),
                        anAllow("*").build()));
    }

    @Test
    void policies_that_speak_to_other_actions_deny() {
        assertEquals(
                PolicyDecision.DENIED,
                evaluate(
                        UPDATE_TASK_42,
                        anAllow("tenant.acme.crm.contacts.*").build(),
                        anAllow("tenant.acme.crm.tasks.list").build()));
    }

    @Test
    void a_deny_on_another_action_does_not_block_an_allow() {
        assertEquals(
                PolicyDecision.ALLOW,
                evaluate(
                        UPDATE_TASK_42,
                        aDeny("tenant.acme.crm.tasks.delete").build(),
                        anAllow(UPDATE_TASK).build()));
    }

    @Test
    void an_allow_for_another_tenant_does_not_apply() {
        assertEquals(
                PolicyDecision.DENIED,
                evaluate(UPDATE_TASK_42, anAllow("tenant.globex.crm.*").build()));
    }

    @Test
    void an_allow_for_any_tenant_applies() {
        assertEquals(
                PolicyDecision.ALLOW,
                evaluate(UPDATE_TASK_42, anAllow("tenant.*.crm.tasks.update").build()));
    }

    @Test
    void an_allow_on_another_resource_does_not_apply() {
        assertEquals(
                PolicyDecision.DENIED,
                evaluate(UPDATE_TASK_42, anAllow(UPDATE_TASK).on("crm:tasks/41").build()));
        assertEquals(
                PolicyDecision.DENIED,
                evaluate(UPDATE_TASK_42, anAllow(UPDATE_TASK).on("crm:tasks").build()));
    }

    @Test
    void an_allow_on_one_of_its_resources_applies() {
        var policy = anAllow(UPDATE_TASK).on("crm:contacts/*", "crm:tasks/*").build();
        assertEquals(PolicyDecision.ALLOW, evaluate(UPDATE_TASK_42, policy));
    }

    @Test
    void a_collection_route_is_matched_against_the_collection() {
        var listTasks = aRequest()
                .doing("tenant.acme.crm.tasks.list")
                .on(ResourceName.collection("tasks"))
                .build();
        var onCollection = anAllow("tenant.acme.crm.tasks.list").on("crm:tasks").build();
        var onItems = anAllow("tenant.acme.crm.tasks.list").on("crm:tasks/*").build();
        assertEquals(PolicyDecision.ALLOW, evaluate(listTasks, onCollection));
        assertEquals(PolicyDecision.DENIED, evaluate(listTasks, onItems));
    }

    @Test
    void a_deny_on_another_resource_does_not_block_an_allow() {
        assertEquals(
                PolicyDecision.ALLOW,
                evaluate(
                        UPDATE_TASK_42,
                        aDeny(UPDATE_TASK).on("crm:tasks/41").build(),
                        anAllow(UPDATE_TASK).build()));
    }

    @Test
    void an_allow_whose_conditions_do_not_hold_does_not_apply() {
        assertEquals(
                PolicyDecision.DENIED,
                evaluate(
                        UPDATE_TASK_42,
                        anAllow(UPDATE_TASK)
                                .when(Map.of("StringEquals", Map.of("resource.owner_id", "${user.id}")))
                                .build()));
    }

    @Test
    void a_deny_whose_conditions_do_not_hold_does_not_apply() {
        assertEquals(
                PolicyDecision.ALLOW,
                evaluate(
                        UPDATE_TASK_42,
                        aDeny(UPDATE_TASK)
                                .when(Map.of("StringEquals", Map.of("resource.owner_id", "${user.id}")))
                                .build(),
                        anAllow(UPDATE_TASK).build()));
    }

    @Test
    void a_deny_with_an_unknown_operator_applies() {
        assertEquals(
                PolicyDecision.DENIED,
                evaluate(
                        UPDATE_TASK_42,
                        anAllow(UPDATE_TASK).build(),
                        aDeny(UPDATE_TASK)
                                .when(Map.of("IpAddress", Map.of("request.ip", "10.0.0.0/8")))
                                .build()));
    }

    @Test
    void an_allow_with_an_unknown_key_does_not_apply() {
        assertEquals(
                PolicyDecision.DENIED,
                evaluate(
                        UPDATE_TASK_42,
                        anAllow(UPDATE_TASK)
                                .when(Map.of("StringEquals", Map.of("user.department", "sales")))
                                .build()));
    }

    @Test
    void a_policy_with_an_unreadable_effect_denies() {
        var policies = PolicyNormaliser.normalise(List.of(
                Map.of("effect", "allow", "actions", "tenant.acme.crm.tasks.*"),
                Map.of("effect", "permit", "actions", UPDATE_TASK)));
        assertEquals(PolicyDecision.DENIED, PolicyEvaluator.evaluate(UPDATE_TASK_42, policies));
    }

    @Nested
    class The_contract_example_p7 {
        private final Policy p7 = PolicyNormaliser.normalise(List.of(Map.of(
                        "id",
                        "p-7",
                        "effect",
                        "allow",
                        "actions",
                        List.of("tenant.acme.crm.tasks.*"),
                        "resources",
                        List.of("*"),
                        "conditions",
                        Map.of("StringEquals", Map.of("resource.assignee_ids", "${user.id}")))))
                .getFirst();

        @Test
        void allows_an_assignee_on_the_loaded_task() {
            assertEquals(PolicyDecision.ALLOW, evaluate(UPDATE_TASK_42, p7));
        }

        @Test
        void denies_someone_who_is_not_an_assignee() {
            var notAssigned = aRequest()
                    .doing(UPDATE_TASK)
                    .on(ResourceName.item("tasks", 42))
                    .withAttributes(Map.of("assignee_ids", List.of("u-2002")))
                    .build();
            assertEquals(PolicyDecision.DENIED, evaluate(notAssigned, p7));
        }

        @Test
        void allows_provisionally_at_a_route_with_no_loaded_task() {
            var route = aRequest()
                    .doing(UPDATE_TASK)
                    .on(ResourceName.item("tasks", 42))
                    .withoutLoadedResource()
                    .build();
            assertEquals(PolicyDecision.ALLOW, evaluate(route, p7));
        }

        @Test
        void does_not_grant_other_services_actions() {
            var route = aRequest()
                    .doing("tenant.acme.crm.contacts.update")
                    .on(ResourceName.item("contacts", 1))
                    .withAttributes(Map.of("assignee_ids", List.of("u-1001")))
                    .build();
            assertEquals(PolicyDecision.DENIED, evaluate(route, p7));
        }
    }

    @Nested
    class Without_a_loaded_resource {
        private final AccessRequest route = aRequest()
                .doing(UPDATE_TASK)
                .on(ResourceName.item("tasks", 42))
                .withoutLoadedResource()
                .build();

        @Test
        void a_deny_on_resource_attributes_does_not_apply_yet() {
            assertEquals(
                    PolicyDecision.ALLOW,
                    evaluate(
                            route,
                            anAllow(UPDATE_TASK).build(),
                            aDeny(UPDATE_TASK)
                                    .when(Map.of("StringEquals", Map.of("resource.owner_id", "u-7")))
                                    .build()));
        }

        @Test
        void the_same_deny_applies_once_the_resource_is_loaded() {
            assertEquals(
                    PolicyDecision.DENIED,
                    evaluate(
                            UPDATE_TASK_42,
                            anAllow(UPDATE_TASK).build(),
                            aDeny(UPDATE_TASK)
                                    .when(Map.of("StringEquals", Map.of("resource.owner_id", "u-7")))
                                    .build()));
        }

        @Test
        void a_deny_on_caller_keys_applies_at_once() {
            assertEquals(
                    PolicyDecision.DENIED,
                    evaluate(
                            route,
                            anAllow(UPDATE_TASK).build(),
                            aDeny(UPDATE_TASK)
                                    .when(Map.of("StringEquals", Map.of("user.id", "u-1001")))
                                    .build()));
        }
    }
}
