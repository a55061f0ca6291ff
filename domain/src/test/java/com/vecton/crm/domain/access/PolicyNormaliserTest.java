package com.vecton.crm.domain.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** identity.md section 2: every policy shape seen in the wild. */
class PolicyNormaliserTest {

    private static final String LIST_TASKS = "tenant.acme.crm.tasks.list";

    /** A raw policy as decoded JSON, keys in order; a mutable map so that {@code null} values are allowed. */
    private static Map<String, Object> raw(Object... keysAndValues) {
        var map = new LinkedHashMap<String, Object>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    private static Policy only(Map<String, Object> rawPolicy) {
        List<Policy> policies = PolicyNormaliser.normalise(List.of(rawPolicy));
        assertEquals(1, policies.size(), "exactly one policy expected from " + rawPolicy);
        return policies.getFirst();
    }

    private static void assertSkipped(Map<String, Object> rawPolicy) {
        assertEquals(List.of(), PolicyNormaliser.normalise(List.of(rawPolicy)), "should be skipped: " + rawPolicy);
    }

    private static List<String> actions(Policy policy) {
        return policy.actions().stream().map(PermissionPattern::value).toList();
    }

    private static List<String> resources(Policy policy) {
        return policy.resources().stream().map(ResourcePattern::value).toList();
    }

    @Test
    void reads_the_contract_example() {
        var policy = only(raw(
                "id",
                "p-7",
                "effect",
                "allow",
                "actions",
                List.of("tenant.acme.crm.tasks.*"),
                "resources",
                List.of("*"),
                "conditions",
                Map.of("StringEquals", Map.of("resource.assignee_ids", "${user.id}"))));
        assertEquals("p-7", policy.id());
        assertEquals(Effect.ALLOW, policy.effect());
        assertEquals(List.of("tenant.acme.crm.tasks.*"), actions(policy));
        assertEquals(List.of("*"), resources(policy));
        assertEquals(
                Conditions.fromRaw(Map.of("StringEquals", Map.of("resource.assignee_ids", "${user.id}"))),
                policy.conditions());
        assertTrue(policy.conditions().referencesResource());
    }

    @Nested
    class Effects {
        @ParameterizedTest
        @ValueSource(strings = {"allow", "ALLOW", "Allow", "aLLoW", " allow "})
        void allow_in_any_letter_case_is_an_allow(String effect) {
            assertEquals(
                    Effect.ALLOW,
                    only(raw("effect", effect, "actions", LIST_TASKS)).effect());
        }

        @ParameterizedTest
        @ValueSource(strings = {"deny", "DENY", "Deny", "dEnY"})
        void deny_in_any_letter_case_is_a_deny(String effect) {
            assertEquals(
                    Effect.DENY,
                    only(raw("effect", effect, "actions", LIST_TASKS)).effect());
        }

        @ParameterizedTest
        @ValueSource(strings = {"permit", "grant", "allowed", "", "  ", "allow,deny"})
        void an_effect_that_is_neither_denies_the_actions_it_names(String effect) {
            var policy = only(raw("effect", effect, "actions", List.of(LIST_TASKS)));
            assertEquals(Effect.DENY, policy.effect());
            assertEquals(List.of(LIST_TASKS), actions(policy));
        }

        @Test
        void an_absent_null_or_non_string_effect_denies() {
            assertEquals(Effect.DENY, only(raw("actions", LIST_TASKS)).effect());
            assertEquals(
                    Effect.DENY,
                    only(raw("effect", null, "actions", LIST_TASKS)).effect());
            assertEquals(
                    Effect.DENY,
                    only(raw("effect", true, "actions", LIST_TASKS)).effect());
            assertEquals(
                    Effect.DENY,
                    only(raw("effect", List.of("allow"), "actions", LIST_TASKS)).effect());
        }

        @Test
        void an_unreadable_effect_keeps_the_resources_and_conditions_it_names() {
            var policy = only(raw(
                    "effect",
                    "permit",
                    "actions",
                    "tenant.acme.crm.tasks.update",
                    "resources",
                    "crm:tasks/*",
                    "conditions",
                    Map.of("StringEquals", Map.of("user.id", "u-1"))));
            assertEquals(List.of("crm:tasks/*"), resources(policy));
            assertFalse(policy.conditions().isEmpty());
        }
    }

    @Nested
    class Actions {
        @Test
        void a_list_of_actions_is_read() {
            var policy = only(raw("effect", "allow", "actions", List.of(LIST_TASKS, "tenant.acme.crm.tasks.view")));
            assertEquals(List.of(LIST_TASKS, "tenant.acme.crm.tasks.view"), actions(policy));
        }

        @Test
        void a_single_action_string_is_read() {
            assertEquals(
                    List.of("tenant.acme.crm.*"),
                    actions(only(raw("effect", "allow", "actions", "tenant.acme.crm.*"))));
        }

        @Test
        void the_key_may_be_action_with_a_string() {
            assertEquals(
                    List.of("tenant.acme.crm.contacts.list"),
                    actions(only(raw("effect", "allow", "action", "tenant.acme.crm.contacts.list"))));
        }

        @Test
        void the_key_may_be_action_with_a_list() {
            assertEquals(List.of("a.b", "c.d"), actions(only(raw("effect", "allow", "action", List.of("a.b", "c.d")))));
        }

        @Test
        void actions_wins_over_action_when_both_are_readable() {
            assertEquals(List.of("a.b"), actions(only(raw("effect", "allow", "actions", "a.b", "action", "c.d"))));
        }

        @Test
        void action_is_the_fallback_when_actions_is_unreadable() {
            assertEquals(List.of("c.d"), actions(only(raw("effect", "allow", "actions", List.of(), "action", "c.d"))));
        }

        @Test
        void non_string_entries_in_an_actions_list_are_ignored() {
            var actions = Arrays.<Object>asList(42, LIST_TASKS, null, Map.of("a", "b"), List.of("x.y"), true);
            assertEquals(List.of(LIST_TASKS), actions(only(raw("effect", "allow", "actions", actions))));
        }

        @Test
        void blank_entries_are_ignored_and_entries_are_stripped() {
            assertEquals(
                    List.of(LIST_TASKS),
                    actions(only(
                            raw("effect", "allow", "actions", List.of("", "  ", " tenant.acme.crm.tasks.list\t")))));
        }

        @Test
        void a_policy_without_an_action_key_is_skipped() {
            assertSkipped(raw("effect", "allow", "resources", List.of("*")));
        }

        @Test
        void a_policy_with_null_or_empty_actions_is_skipped() {
            assertSkipped(raw("effect", "allow", "actions", null));
            assertSkipped(raw("effect", "allow", "actions", List.of()));
            assertSkipped(raw("effect", "deny", "action", ""));
            assertSkipped(raw("effect", "deny", "actions", "   "));
        }

        @Test
        void a_policy_whose_actions_are_all_unreadable_is_skipped() {
            assertSkipped(raw("effect", "allow", "actions", List.of(1, 2, true)));
            assertSkipped(raw("effect", "deny", "actions", 42));
            assertSkipped(raw("effect", "deny", "actions", Map.of("name", LIST_TASKS)));
        }
    }

    @Nested
    class Resources {
        @Test
        void a_list_of_resources_is_read() {
            var policy =
                    only(raw("effect", "allow", "actions", "a.b", "resources", List.of("crm:tasks", "crm:tasks/*")));
            assertEquals(List.of("crm:tasks", "crm:tasks/*"), resources(policy));
        }

        @Test
        void a_single_resource_string_is_read() {
            var policy = only(raw("effect", "allow", "actions", "a.b", "resources", "crm:tasks/42"));
            assertEquals(List.of("crm:tasks/42"), resources(policy));
        }

        @Test
        void absent_resources_mean_every_resource() {
            assertEquals(List.of("*"), resources(only(raw("effect", "allow", "actions", "a.b"))));
        }

        @Test
        void null_resources_mean_every_resource() {
            assertEquals(List.of("*"), resources(only(raw("effect", "allow", "actions", "a.b", "resources", null))));
        }

        @Test
        void the_key_may_be_resource_with_a_string_or_a_list() {
            var single = only(raw("effect", "allow", "actions", "a.b", "resource", "crm:contacts/*"));
            assertEquals(List.of("crm:contacts/*"), resources(single));
            var list = only(
                    raw("effect", "allow", "actions", "a.b", "resource", List.of("crm:contacts", "crm:companies")));
            assertEquals(List.of("crm:contacts", "crm:companies"), resources(list));
        }

        @Test
        void non_string_and_blank_resources_are_ignored() {
            var policy = only(
                    raw("effect", "allow", "actions", "a.b", "resources", Arrays.asList(7, "", null, "crm:tasks")));
            assertEquals(List.of("crm:tasks"), resources(policy));
        }

        @Test
        void an_allow_naming_no_readable_resource_is_skipped() {
            assertSkipped(raw("effect", "allow", "actions", "a.b", "resources", List.of()));
            assertSkipped(raw("effect", "allow", "actions", "a.b", "resources", 42));
            assertSkipped(raw("effect", "allow", "actions", "a.b", "resource", " "));
        }

        @Test
        void a_deny_naming_no_readable_resource_covers_every_resource() {
            assertEquals(
                    List.of("*"), resources(only(raw("effect", "deny", "actions", "a.b", "resources", List.of()))));
            assertEquals(List.of("*"), resources(only(raw("effect", "permit", "actions", "a.b", "resources", 42))));
        }
    }

    @Nested
    class Policy_conditions {
        @Test
        void absent_conditions_are_none() {
            assertSame(
                    Conditions.NONE,
                    only(raw("effect", "allow", "actions", "a.b")).conditions());
        }

        @Test
        void null_conditions_are_none() {
            assertSame(
                    Conditions.NONE,
                    only(raw("effect", "allow", "actions", "a.b", "conditions", null))
                            .conditions());
        }

        @Test
        void empty_conditions_are_none() {
            assertSame(
                    Conditions.NONE,
                    only(raw("effect", "allow", "actions", "a.b", "conditions", Map.of()))
                            .conditions());
        }

        @Test
        void unreadable_conditions_keep_the_policy_and_fail_closed() {
            var policy = only(raw("effect", "allow", "actions", "a.b", "conditions", "owner only"));
            assertFalse(policy.conditions().isEmpty());
            assertFalse(policy.conditions()
                    .holdFor(Effect.ALLOW, AccessRequestBuilder.aRequest().build()));
        }

        @Test
        void condition_in_the_singular_is_read_too_so_an_allow_never_loses_its_condition() {
            Map<String, Object> condition = Map.of("StringEquals", Map.of("user.id", "u-7"));
            var policy = only(raw("effect", "allow", "actions", "a.b", "condition", condition));
            assertEquals(Conditions.fromRaw(condition), policy.conditions());
        }
    }

    @Nested
    class Ids {
        @Test
        void a_string_id_is_kept() {
            assertEquals(
                    "p-7",
                    only(raw("id", "p-7", "effect", "allow", "actions", "a.b")).id());
        }

        @Test
        void a_number_id_becomes_its_decimal_string() {
            assertEquals(
                    "7", only(raw("id", 7, "effect", "allow", "actions", "a.b")).id());
            assertEquals(
                    "7",
                    only(raw("id", 7L, "effect", "allow", "actions", "a.b")).id());
            assertEquals(
                    "7",
                    only(raw("id", 7.0, "effect", "allow", "actions", "a.b")).id());
            assertEquals(
                    "7",
                    only(raw("id", new BigDecimal("7.00"), "effect", "allow", "actions", "a.b"))
                            .id());
            var big = new BigInteger("12345678901234567890");
            assertEquals(
                    "12345678901234567890",
                    only(raw("id", big, "effect", "allow", "actions", "a.b")).id());
        }

        @Test
        void an_absent_blank_or_odd_id_is_null_and_the_policy_is_kept() {
            assertNull(only(raw("effect", "allow", "actions", "a.b")).id());
            assertNull(only(raw("id", " ", "effect", "allow", "actions", "a.b")).id());
            assertNull(only(raw("id", Map.of(), "effect", "allow", "actions", "a.b"))
                    .id());
        }
    }

    @Nested
    class Lists {
        @Test
        void entries_that_are_not_objects_are_skipped() {
            var policies = PolicyNormaliser.normalise(Arrays.asList(
                    "allow everything",
                    42,
                    null,
                    List.of("effect", "allow"),
                    raw("effect", "allow", "actions", "a.b")));
            assertEquals(1, policies.size());
            assertEquals(List.of("a.b"), actions(policies.getFirst()));
        }

        @Test
        void readable_policies_keep_their_order() {
            var policies = PolicyNormaliser.normalise(List.of(
                    raw("id", "1", "effect", "allow", "actions", "a.b"),
                    raw("id", "2", "effect", "allow"),
                    raw("id", "3", "effect", "deny", "actions", "c.d")));
            assertEquals(List.of("1", "3"), policies.stream().map(Policy::id).toList());
        }

        @Test
        void a_null_or_empty_list_gives_no_policies() {
            assertEquals(List.of(), PolicyNormaliser.normalise(null));
            assertEquals(List.of(), PolicyNormaliser.normalise(List.of()));
        }

        @Test
        void the_result_is_unmodifiable() {
            var policies = PolicyNormaliser.normalise(List.of(raw("effect", "allow", "actions", "a.b")));
            assertThrows(UnsupportedOperationException.class, policies::clear);
        }
    }

    @Nested
    class Key_spelling {
        @Test
        void iam_capitalised_keys_are_read() {
            var policy = only(raw(
                    "Sid",
                    "x",
                    "Effect",
                    "Deny",
                    "Action",
                    "tenant.acme.crm.contacts.delete",
                    "Resource",
                    "crm:contacts/*",
                    "Condition",
                    Map.of("StringEquals", Map.of("user.id", "u-1"))));
            assertEquals(Effect.DENY, policy.effect());
            assertEquals(List.of("tenant.acme.crm.contacts.delete"), actions(policy));
            assertEquals(List.of("crm:contacts/*"), resources(policy));
            assertFalse(policy.conditions().isEmpty());
        }

        @Test
        void an_iam_spelt_allow_is_an_allow() {
            assertEquals(
                    Effect.ALLOW,
                    only(raw("Effect", "Allow", "Actions", List.of("a.b"))).effect());
        }

        @Test
        void unknown_extra_keys_are_ignored() {
            var policy = only(raw("effect", "allow", "actions", "a.b", "description", "x", "version", 3));
            assertEquals(Effect.ALLOW, policy.effect());
        }
    }
}
