package com.vecton.crm.domain.access;

import static com.vecton.crm.domain.access.AccessRequestBuilder.aRequest;
import static com.vecton.crm.domain.access.CallerBuilder.aCaller;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** identity.md section 4, conditions: operators, keys, substitution, fail-closed readings. */
class ConditionsTest {

    private static final AccessRequest NO_RESOURCE =
            aRequest().withoutLoadedResource().build();

    /** {@code {"op": {"key": value}}}, which is what nearly every test needs. */
    private static Conditions when(String operator, String key, Object value) {
        return Conditions.fromRaw(Map.of(operator, Map.of(key, value)));
    }

    private static AccessRequest loaded(Map<String, Object> attributes) {
        return aRequest()
                .on(ResourceName.item("tasks", 42))
                .withAttributes(attributes)
                .build();
    }

    private static AccessRequest loaded(String attribute, Object value) {
        return loaded(Map.of(attribute, value));
    }

    private static void assertHolds(Conditions conditions, AccessRequest request) {
        assertTrue(conditions.holdFor(Effect.ALLOW, request), "should hold for an allow");
        assertTrue(conditions.holdFor(Effect.DENY, request), "should hold for a deny");
    }

    private static void assertDoesNotHold(Conditions conditions, AccessRequest request) {
        assertFalse(conditions.holdFor(Effect.ALLOW, request), "should not hold for an allow");
        assertFalse(conditions.holdFor(Effect.DENY, request), "should not hold for a deny");
    }

    private static void assertFailsClosed(Conditions conditions, AccessRequest request) {
        assertFalse(conditions.holdFor(Effect.ALLOW, request), "an allow must not apply");
        assertTrue(conditions.holdFor(Effect.DENY, request), "a deny must apply");
    }

    @Nested
    class No_conditions {
        @Test
        void null_raw_conditions_are_no_condition() {
            assertSame(Conditions.NONE, Conditions.fromRaw(null));
        }

        @Test
        void an_empty_object_is_no_condition() {
            assertSame(Conditions.NONE, Conditions.fromRaw(Map.of()));
        }

        @Test
        void no_condition_holds_for_allow_and_deny_with_or_without_a_resource() {
            assertTrue(Conditions.NONE.isEmpty());
            assertHolds(Conditions.NONE, NO_RESOURCE);
            assertHolds(Conditions.NONE, loaded("owner_id", "u-1"));
        }

        @Test
        void no_condition_references_no_resource() {
            assertFalse(Conditions.NONE.referencesResource());
        }
    }

    @Nested
    class String_equals {
        @Test
        void holds_when_the_caller_id_equals_the_value() {
            assertHolds(when("StringEquals", "user.id", "u-1001"), NO_RESOURCE);
        }

        @Test
        void does_not_hold_when_the_caller_id_differs() {
            assertDoesNotHold(when("StringEquals", "user.id", "u-2002"), NO_RESOURCE);
        }

        @Test
        void is_case_sensitive() {
            assertDoesNotHold(when("StringEquals", "user.id", "U-1001"), NO_RESOURCE);
        }

        @Test
        void compares_the_caller_email() {
            assertHolds(when("StringEquals", "user.email", "odon@acme.test"), NO_RESOURCE);
            assertDoesNotHold(when("StringEquals", "user.email", "other@acme.test"), NO_RESOURCE);
        }

        @Test
        void compares_a_resource_attribute() {
            var conditions = when("StringEquals", "resource.project_id", "p-9");
            assertHolds(conditions, loaded("project_id", "p-9"));
            assertDoesNotHold(conditions, loaded("project_id", "p-8"));
        }

        @Test
        void a_number_id_equals_the_same_id_as_a_string() {
            assertHolds(when("StringEquals", "resource.owner_id", "42"), loaded("owner_id", 42));
            assertHolds(when("StringEquals", "resource.owner_id", 42), loaded("owner_id", "42"));
            assertHolds(when("StringEquals", "resource.owner_id", 42), loaded("owner_id", 42L));
            assertHolds(when("StringEquals", "resource.owner_id", 42.0), loaded("owner_id", new BigDecimal("42")));
        }

        @Test
        void a_boolean_compares_as_its_word() {
            assertHolds(when("StringEquals", "resource.archived", "true"), loaded("archived", true));
        }

        @Test
        void several_values_for_one_key_hold_when_any_one_holds() {
            var conditions = when("StringEquals", "resource.project_id", List.of("p-1", "p-2", "p-3"));
            assertHolds(conditions, loaded("project_id", "p-2"));
            assertDoesNotHold(conditions, loaded("project_id", "p-4"));
        }

        @Test
        void a_list_valued_attribute_holds_when_any_element_holds() {
            var conditions = when("StringEquals", "resource.assignee_ids", "u-1001");
            assertHolds(conditions, loaded("assignee_ids", List.of("u-7", "u-1001", "u-9")));
            assertDoesNotHold(conditions, loaded("assignee_ids", List.of("u-7", "u-9")));
        }

        @Test
        void a_list_valued_attribute_of_numbers_matches_a_string_id() {
            assertHolds(
                    when("StringEquals", "resource.assignee_ids", "1001"), loaded("assignee_ids", List.of(7, 1001)));
        }

        @Test
        void an_empty_list_attribute_holds_for_no_value() {
            assertDoesNotHold(
                    when("StringEquals", "resource.assignee_ids", "u-1001"), loaded("assignee_ids", List.of()));
        }

        @Test
        void a_list_valued_attribute_and_several_values_hold_when_any_pair_matches() {
            var conditions = when("StringEquals", "resource.assignee_ids", List.of("u-1", "u-2"));
            assertHolds(conditions, loaded("assignee_ids", List.of("u-9", "u-2")));
            assertDoesNotHold(conditions, loaded("assignee_ids", List.of("u-9", "u-8")));
        }
    }

    @Nested
    class Substitution {
        @Test
        void user_id_is_substituted_from_the_caller() {
            var conditions = when("StringEquals", "resource.assignee_ids", "${user.id}");
            assertHolds(conditions, loaded("assignee_ids", List.of("u-1001")));
            assertDoesNotHold(conditions, loaded("assignee_ids", List.of("u-2002")));
        }

        @Test
        void user_id_substitution_follows_the_caller_not_the_policy() {
            var conditions = when("StringEquals", "resource.owner_id", "${user.id}");
            var byOther = aRequest()
                    .by(aCaller().withId("u-2002").memberOf("t-acme"))
                    .on(ResourceName.item("tasks", 42))
                    .withAttributes(Map.of("owner_id", "u-2002"))
                    .build();
            assertHolds(conditions, byOther);
            assertDoesNotHold(conditions, loaded("owner_id", "u-2002"));
        }

        @Test
        void a_numeric_user_id_matches_a_numeric_owner() {
            var byNumericId = aRequest()
                    .by(aCaller().withId("1001").memberOf("t-acme"))
                    .on(ResourceName.item("tasks", 42))
                    .withAttributes(Map.of("owner_id", 1001))
                    .build();
            assertHolds(when("StringEquals", "resource.owner_id", "${user.id}"), byNumericId);
        }

        @Test
        void user_email_is_substituted_from_the_caller() {
            var conditions = when("StringEquals", "resource.contact_email", "${user.email}");
            assertHolds(conditions, loaded("contact_email", "odon@acme.test"));
            assertDoesNotHold(conditions, loaded("contact_email", "x@acme.test"));
        }

        @Test
        void user_email_of_a_caller_without_email_fails_closed() {
            var noEmail = aRequest()
                    .by(aCaller().withoutEmail().memberOf("t-acme"))
                    .on(ResourceName.item("tasks", 42))
                    .withAttributes(Map.of("contact_email", "odon@acme.test"))
                    .build();
            assertFailsClosed(when("StringEquals", "resource.contact_email", "${user.email}"), noEmail);
        }

        @Test
        void the_user_email_key_of_a_caller_without_email_fails_closed() {
            var noEmail =
                    aRequest().by(aCaller().withoutEmail().memberOf("t-acme")).build();
            assertFailsClosed(when("StringEquals", "user.email", "odon@acme.test"), noEmail);
        }

        @Test
        void an_unknown_placeholder_fails_closed() {
            assertFailsClosed(when("StringEquals", "resource.owner_id", "${user.phone}"), loaded("owner_id", "u-1001"));
        }

        @Test
        void a_placeholder_inside_a_longer_value_is_not_substituted_and_fails_closed() {
            assertFailsClosed(
                    when("StringEquals", "resource.owner_id", "x-${user.id}"), loaded("owner_id", "x-u-1001"));
        }

        @Test
        void a_known_value_beside_an_unknown_placeholder_still_matches() {
            var conditions = when("StringEquals", "resource.owner_id", List.of("u-7", "${user.phone}"));
            assertHolds(conditions, loaded("owner_id", "u-7"));
            assertFailsClosed(conditions, loaded("owner_id", "u-8"));
        }
    }

    @Nested
    class String_not_equals {
        @Test
        void holds_when_the_value_differs() {
            assertHolds(when("StringNotEquals", "resource.status", "archived"), loaded("status", "open"));
        }

        @Test
        void does_not_hold_when_the_value_equals() {
            assertDoesNotHold(when("StringNotEquals", "resource.status", "archived"), loaded("status", "archived"));
        }

        @Test
        void with_several_values_holds_only_when_none_equals() {
            var conditions = when("StringNotEquals", "resource.status", List.of("archived", "deleted"));
            assertHolds(conditions, loaded("status", "open"));
            assertDoesNotHold(conditions, loaded("status", "deleted"));
        }

        @Test
        void on_a_list_attribute_holds_only_when_no_element_equals_any_value() {
            var conditions = when("StringNotEquals", "resource.assignee_ids", "${user.id}");
            assertHolds(conditions, loaded("assignee_ids", List.of("u-7", "u-9")));
            assertDoesNotHold(conditions, loaded("assignee_ids", List.of("u-7", "u-1001")));
        }

        @Test
        void on_an_empty_list_attribute_holds() {
            assertHolds(
                    when("StringNotEquals", "resource.assignee_ids", "${user.id}"), loaded("assignee_ids", List.of()));
        }

        @Test
        void on_an_absent_attribute_fails_closed_rather_than_holding() {
            assertFailsClosed(when("StringNotEquals", "resource.owner_id", "u-7"), loaded("status", "open"));
        }
    }

    @Nested
    class String_like {
        @Test
        void a_star_matches_any_run_of_characters() {
            var conditions = when("StringLike", "user.email", "*@acme.test");
            assertHolds(conditions, NO_RESOURCE);
            assertDoesNotHold(when("StringLike", "user.email", "*@other.test"), NO_RESOURCE);
        }

        @Test
        void a_star_matches_an_empty_run() {
            assertHolds(when("StringLike", "resource.name", "Q1*report"), loaded("name", "Q1report"));
        }

        @Test
        void a_question_mark_matches_exactly_one_character() {
            assertHolds(when("StringLike", "resource.code", "A?C"), loaded("code", "ABC"));
            assertDoesNotHold(when("StringLike", "resource.code", "A?C"), loaded("code", "AC"));
            assertDoesNotHold(when("StringLike", "resource.code", "A?C"), loaded("code", "ABBC"));
        }

        @Test
        void the_whole_value_must_match() {
            assertDoesNotHold(when("StringLike", "resource.name", "report"), loaded("name", "the report"));
            assertDoesNotHold(when("StringLike", "resource.name", "rep*"), loaded("name", "the report"));
        }

        @Test
        void several_stars_backtrack() {
            assertHolds(
                    when("StringLike", "resource.path", "*/docs/*/final*"), loaded("path", "a/docs/b/docs/c/final-v2"));
            assertDoesNotHold(
                    when("StringLike", "resource.path", "*/docs/*/final"), loaded("path", "a/docs/b/final-v2"));
        }

        @Test
        void regex_characters_in_the_value_are_literal() {
            assertDoesNotHold(when("StringLike", "resource.name", "a.c"), loaded("name", "abc"));
            assertHolds(when("StringLike", "resource.name", "a.c"), loaded("name", "a.c"));
            assertHolds(when("StringLike", "resource.name", "[x]+(y)|^$\\*"), loaded("name", "[x]+(y)|^$\\z"));
            assertDoesNotHold(when("StringLike", "resource.name", "(.*)"), loaded("name", "anything"));
        }

        @Test
        void a_pathological_pattern_finishes_quickly() {
            String text = "a".repeat(5_000);
            var conditions = when("StringLike", "resource.name", "*a*a*a*a*a*a*a*a*a*a*b");
            assertDoesNotHold(conditions, loaded("name", text));
        }

        @Test
        void is_case_sensitive() {
            assertDoesNotHold(when("StringLike", "user.email", "ODON@*"), NO_RESOURCE);
        }

        @Test
        void a_substituted_email_is_matched_literally_not_as_a_glob() {
            var starEmail = aRequest()
                    .by(aCaller().withEmail("*@acme.test").memberOf("t-acme"))
                    .on(ResourceName.item("tasks", 42))
                    .withAttributes(Map.of("contact_email", "boss@acme.test"))
                    .build();
            assertDoesNotHold(when("StringLike", "resource.contact_email", "${user.email}"), starEmail);
        }

        @Test
        void holds_on_any_element_of_a_list_attribute() {
            assertHolds(when("StringLike", "resource.tags", "vip-*"), loaded("tags", List.of("new", "vip-gold")));
        }
    }

    @Nested
    class Numeric {
        @Test
        void equals_compares_numerically() {
            assertHolds(when("NumericEquals", "resource.amount", 1.5), loaded("amount", new BigDecimal("1.50")));
            assertHolds(when("NumericEquals", "resource.amount", "10"), loaded("amount", 10L));
            assertDoesNotHold(when("NumericEquals", "resource.amount", 10), loaded("amount", 11));
        }

        @Test
        void less_than_is_strict() {
            var conditions = when("NumericLessThan", "resource.amount", 1000);
            assertHolds(conditions, loaded("amount", 999.99));
            assertDoesNotHold(conditions, loaded("amount", 1000));
            assertDoesNotHold(conditions, loaded("amount", 1001));
        }

        @Test
        void greater_than_is_strict() {
            var conditions = when("NumericGreaterThan", "resource.amount", "1000");
            assertHolds(conditions, loaded("amount", 1000.01));
            assertDoesNotHold(conditions, loaded("amount", 1000));
            assertDoesNotHold(conditions, loaded("amount", -5));
        }

        @Test
        void compares_beyond_long_and_double_precision() {
            var conditions = when("NumericGreaterThan", "resource.amount", new BigDecimal("9223372036854775807.1"));
            assertHolds(conditions, loaded("amount", new BigDecimal("9223372036854775807.2")));
            assertDoesNotHold(conditions, loaded("amount", Long.MAX_VALUE));
        }

        @Test
        void a_numeric_string_attribute_compares_as_a_number() {
            assertHolds(when("NumericLessThan", "resource.amount", 10), loaded("amount", "9.5"));
        }

        @Test
        void a_non_numeric_attribute_fails_closed() {
            assertFailsClosed(when("NumericLessThan", "resource.amount", 10), loaded("amount", "cheap"));
            assertFailsClosed(when("NumericEquals", "resource.amount", 1), loaded("amount", true));
        }

        @Test
        void a_non_numeric_policy_value_fails_closed() {
            assertFailsClosed(when("NumericLessThan", "resource.amount", "ten"), loaded("amount", 5));
        }

        @Test
        void holds_on_any_element_of_a_list_attribute() {
            assertHolds(when("NumericGreaterThan", "resource.scores", 90), loaded("scores", List.of(10, 95)));
            assertDoesNotHold(when("NumericGreaterThan", "resource.scores", 90), loaded("scores", List.of(10, 20)));
        }
    }

    @Nested
    class Bool {
        @Test
        void compares_booleans() {
            assertHolds(when("Bool", "resource.archived", true), loaded("archived", true));
            assertDoesNotHold(when("Bool", "resource.archived", true), loaded("archived", false));
        }

        @Test
        void reads_true_and_false_written_as_strings() {
            assertHolds(when("Bool", "resource.archived", "false"), loaded("archived", false));
            assertHolds(when("Bool", "resource.archived", false), loaded("archived", "FALSE"));
        }

        @Test
        void a_non_boolean_attribute_fails_closed() {
            assertFailsClosed(when("Bool", "resource.archived", true), loaded("archived", "yes"));
        }

        @Test
        void a_non_boolean_policy_value_fails_closed() {
            assertFailsClosed(when("Bool", "resource.archived", 1), loaded("archived", true));
        }
    }

    @Nested
    class Dates {
        private final AccessRequest atNoon =
                aRequest().at(Instant.parse("2026-03-10T12:00:00Z")).build();

        @Test
        void request_time_before_an_instant() {
            assertHolds(when("DateLessThan", "request.time", "2026-03-10T12:00:01Z"), atNoon);
            assertDoesNotHold(when("DateLessThan", "request.time", "2026-03-10T12:00:00Z"), atNoon);
        }

        @Test
        void request_time_after_an_instant() {
            assertHolds(when("DateGreaterThan", "request.time", "2026-03-10T11:59:59Z"), atNoon);
            assertDoesNotHold(when("DateGreaterThan", "request.time", "2026-03-10T12:00:00Z"), atNoon);
        }

        @Test
        void a_date_alone_is_midnight_utc() {
            assertHolds(when("DateLessThan", "request.time", "2026-03-11"), atNoon);
            assertHolds(when("DateGreaterThan", "request.time", "2026-03-10"), atNoon);
            var atMidnight =
                    aRequest().at(Instant.parse("2026-03-10T00:00:00Z")).build();
            assertDoesNotHold(when("DateGreaterThan", "request.time", "2026-03-10"), atMidnight);
        }

        @Test
        void an_instant_with_an_offset_is_read_in_utc() {
            // 13:30+02:00 is 11:30Z, before noon UTC.
            assertHolds(when("DateGreaterThan", "request.time", "2026-03-10T13:30:00+02:00"), atNoon);
        }

        @Test
        void a_date_attribute_compares_with_a_date_value() {
            var conditions = when("DateLessThan", "resource.due_at", "2026-01-01");
            assertHolds(conditions, loaded("due_at", Instant.parse("2025-12-31T23:59:59Z")));
            assertDoesNotHold(conditions, loaded("due_at", Instant.parse("2026-01-01T00:00:00Z")));
            assertHolds(conditions, loaded("due_at", "2025-06-01T00:00:00Z"));
        }

        @Test
        void a_malformed_date_value_fails_closed() {
            assertFailsClosed(when("DateLessThan", "request.time", "next tuesday"), atNoon);
            assertFailsClosed(when("DateLessThan", "request.time", 1767225600), atNoon);
        }

        @Test
        void a_non_date_attribute_fails_closed() {
            assertFailsClosed(when("DateLessThan", "resource.due_at", "2026-01-01"), loaded("due_at", "soon"));
        }

        @Test
        void request_time_under_a_string_operator_compares_its_iso_form() {
            assertHolds(when("StringLike", "request.time", "2026-03-10T*"), atNoon);
        }
    }

    @Nested
    class Combining {
        @Test
        void several_keys_must_all_hold() {
            var conditions = Conditions.fromRaw(
                    Map.of("StringEquals", Map.of("resource.owner_id", "${user.id}", "resource.status", "open")));
            assertHolds(conditions, loaded(Map.of("owner_id", "u-1001", "status", "open")));
            assertDoesNotHold(conditions, loaded(Map.of("owner_id", "u-1001", "status", "closed")));
            assertDoesNotHold(conditions, loaded(Map.of("owner_id", "u-7", "status", "open")));
        }

        @Test
        void several_operators_must_all_hold() {
            var conditions = Conditions.fromRaw(Map.of(
                    "StringEquals", Map.of("resource.owner_id", "${user.id}"),
                    "NumericLessThan", Map.of("resource.amount", 100)));
            assertHolds(conditions, loaded(Map.of("owner_id", "u-1001", "amount", 50)));
            assertDoesNotHold(conditions, loaded(Map.of("owner_id", "u-1001", "amount", 500)));
        }

        @Test
        void a_deny_with_an_unknown_clause_beside_a_false_one_does_not_apply() {
            var conditions = Conditions.fromRaw(Map.of(
                    "StringEquals", Map.of("user.id", "u-7"),
                    "StringEqualsIgnoreCase", Map.of("user.email", "x")));
            assertFalse(conditions.holdFor(Effect.DENY, NO_RESOURCE));
            assertFalse(conditions.holdFor(Effect.ALLOW, NO_RESOURCE));
        }

        @Test
        void a_deny_with_an_unknown_clause_beside_a_true_one_applies() {
            var conditions = Conditions.fromRaw(Map.of(
                    "StringEquals", Map.of("user.id", "u-1001"),
                    "StringEqualsIgnoreCase", Map.of("user.email", "x")));
            assertFailsClosed(conditions, NO_RESOURCE);
        }
    }

    @Nested
    class Fail_closed {
        @Test
        void an_unknown_operator_is_false_for_allow_and_true_for_deny() {
            assertFailsClosed(when("StringEqualsIgnoreCase", "user.id", "u-1001"), NO_RESOURCE);
        }

        @Test
        void operator_names_are_case_sensitive() {
            assertFailsClosed(when("stringequals", "user.id", "u-1001"), NO_RESOURCE);
        }

        @Test
        void an_unknown_key_is_false_for_allow_and_true_for_deny() {
            assertFailsClosed(when("StringEquals", "user.department", "sales"), NO_RESOURCE);
            assertFailsClosed(when("StringEquals", "aws:SourceIp", "10.0.0.1"), NO_RESOURCE);
        }

        @Test
        void resource_without_an_attribute_name_is_an_unknown_key() {
            assertFailsClosed(when("StringEquals", "resource.", "x"), loaded("owner_id", "x"));
        }

        @Test
        void an_absent_attribute_on_a_loaded_resource_is_false_for_allow_and_true_for_deny() {
            assertFailsClosed(when("StringEquals", "resource.owner_id", "${user.id}"), loaded("status", "open"));
        }

        @Test
        void conditions_that_are_not_an_object_fail_closed() {
            assertFailsClosed(Conditions.fromRaw(List.of("StringEquals")), NO_RESOURCE);
            assertFailsClosed(Conditions.fromRaw("user.id == u-1001"), NO_RESOURCE);
        }

        @Test
        void an_operator_mapping_to_a_non_object_fails_closed() {
            assertFailsClosed(Conditions.fromRaw(Map.of("StringEquals", "u-1001")), NO_RESOURCE);
            assertFailsClosed(
                    Conditions.fromRaw(Map.of("StringEquals", List.of(Map.of("user.id", "u-1001")))), NO_RESOURCE);
        }

        @Test
        void an_operator_with_no_key_fails_closed() {
            assertFailsClosed(Conditions.fromRaw(Map.of("StringEquals", Map.of())), NO_RESOURCE);
        }

        @Test
        void a_null_value_fails_closed() {
            var keys = new HashMap<String, Object>();
            keys.put("user.id", null);
            assertFailsClosed(Conditions.fromRaw(Map.of("StringEquals", keys)), NO_RESOURCE);
        }

        @Test
        void an_empty_value_list_fails_closed() {
            assertFailsClosed(when("StringEquals", "user.id", List.of()), NO_RESOURCE);
        }

        @Test
        void a_value_that_is_an_object_or_a_nested_list_fails_closed() {
            assertFailsClosed(when("StringEquals", "user.id", Map.of("value", "u-1001")), NO_RESOURCE);
            assertFailsClosed(when("StringEquals", "user.id", List.of(List.of("u-1001"))), NO_RESOURCE);
            assertFailsClosed(when("StringEquals", "user.id", Arrays.asList("u-1001", null)), NO_RESOURCE);
        }

        @Test
        void a_malformed_clause_makes_a_deny_apply_even_beside_readable_ones() {
            var raw = new LinkedHashMap<String, Object>();
            raw.put("StringEquals", Map.of("user.id", "u-1001"));
            raw.put("NumericLessThan", "oops");
            assertFailsClosed(Conditions.fromRaw(raw), NO_RESOURCE);
        }

        @Test
        void a_null_element_in_a_list_attribute_is_unknown_but_another_element_may_still_match() {
            var elements = new ArrayList<Object>();
            elements.add(null);
            elements.add("u-1001");
            var conditions = when("StringEquals", "resource.assignee_ids", "${user.id}");
            assertHolds(conditions, loaded("assignee_ids", elements));
            elements.set(1, "u-7");
            assertFailsClosed(conditions, loaded("assignee_ids", elements));
        }

        @Test
        void an_attribute_of_an_unsupported_type_fails_closed() {
            assertFailsClosed(when("StringEquals", "resource.owner", "u-1001"), loaded("owner", new Object()));
        }
    }

    @Nested
    class Without_a_loaded_resource {
        private final Conditions onAssignee = when("StringEquals", "resource.assignee_ids", "${user.id}");

        @Test
        void a_resource_condition_is_provisionally_true_for_an_allow() {
            assertTrue(onAssignee.holdFor(Effect.ALLOW, NO_RESOURCE));
        }

        @Test
        void a_deny_naming_a_resource_attribute_does_not_apply() {
            assertFalse(onAssignee.holdFor(Effect.DENY, NO_RESOURCE));
        }

        @Test
        void other_conditions_of_an_allow_are_still_evaluated() {
            var conditions = Conditions.fromRaw(
                    Map.of("StringEquals", Map.of("resource.assignee_ids", "${user.id}", "user.id", "u-7")));
            assertFalse(conditions.holdFor(Effect.ALLOW, NO_RESOURCE));
            var matching = Conditions.fromRaw(
                    Map.of("StringEquals", Map.of("resource.assignee_ids", "${user.id}", "user.id", "u-1001")));
            assertTrue(matching.holdFor(Effect.ALLOW, NO_RESOURCE));
        }

        @Test
        void a_deny_naming_a_resource_attribute_does_not_apply_even_when_its_other_conditions_hold() {
            var conditions =
                    Conditions.fromRaw(Map.of("StringEquals", Map.of("resource.owner_id", "u-7", "user.id", "u-1001")));
            assertFalse(conditions.holdFor(Effect.DENY, NO_RESOURCE));
        }

        @Test
        void a_deny_on_caller_keys_only_still_applies() {
            assertTrue(when("StringEquals", "user.id", "u-1001").holdFor(Effect.DENY, NO_RESOURCE));
        }

        @Test
        void an_allow_with_an_unknown_operator_on_a_resource_key_is_not_even_provisionally_true() {
            assertFalse(when("StringEqualsIgnoreCase", "resource.owner_id", "x").holdFor(Effect.ALLOW, NO_RESOURCE));
        }

        @Test
        void a_deny_with_an_unknown_operator_on_a_resource_key_waits_for_the_loaded_resource() {
            var conditions = when("StringEqualsIgnoreCase", "resource.owner_id", "x");
            assertFalse(conditions.holdFor(Effect.DENY, NO_RESOURCE));
            assertTrue(conditions.holdFor(Effect.DENY, loaded("owner_id", "x")));
        }

        @Test
        void the_full_check_on_the_loaded_resource_decides() {
            assertTrue(onAssignee.holdFor(Effect.ALLOW, loaded("assignee_ids", List.of("u-1001"))));
            assertFalse(onAssignee.holdFor(Effect.ALLOW, loaded("assignee_ids", List.of("u-7"))));
            assertTrue(onAssignee.holdFor(Effect.DENY, loaded("assignee_ids", List.of("u-1001"))));
        }
    }

    @Nested
    class As_a_value {
        @Test
        void references_resource_when_any_key_names_a_resource_attribute() {
            assertTrue(when("StringEquals", "resource.owner_id", "x").referencesResource());
            assertTrue(Conditions.fromRaw(Map.of(
                            "StringEquals", Map.of("user.id", "u-1"),
                            "Bool", Map.of("resource.archived", false)))
                    .referencesResource());
        }

        @Test
        void does_not_reference_resource_when_only_caller_and_request_keys_are_named() {
            assertFalse(Conditions.fromRaw(Map.of(
                            "StringEquals", Map.of("user.id", "u-1"),
                            "DateLessThan", Map.of("request.time", "2027-01-01")))
                    .referencesResource());
        }

        @Test
        void the_same_raw_conditions_read_to_equal_values() {
            Map<String, Object> raw = Map.of("StringEquals", Map.of("resource.owner_id", List.of("${user.id}", "u-7")));
            assertEquals(Conditions.fromRaw(raw), Conditions.fromRaw(raw));
            assertEquals(
                    Conditions.fromRaw(raw).hashCode(), Conditions.fromRaw(raw).hashCode());
            assertNotEquals(Conditions.NONE, Conditions.fromRaw(raw));
        }

        @Test
        void reading_does_not_keep_a_reference_to_the_raw_input() {
            var values = new ArrayList<Object>(List.of("u-1001"));
            var conditions = when("StringEquals", "user.id", values);
            values.set(0, "u-7");
            assertHolds(conditions, NO_RESOURCE);
        }
    }
}
