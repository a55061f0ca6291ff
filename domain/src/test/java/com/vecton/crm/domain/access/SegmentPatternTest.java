package com.vecton.crm.domain.access;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** identity.md section 3: permission patterns on {@code .}, resource patterns on {@code /}. */
class SegmentPatternTest {

    private static boolean permission(String pattern, String name) {
        return new PermissionPattern(pattern).matches(new QualifiedPermission(name));
    }

    private static boolean resource(String pattern, ResourceName name) {
        return new ResourcePattern(pattern).matches(name);
    }

    @Nested
    class Permissions {
        @Test
        void a_star_in_the_middle_matches_exactly_one_segment() {
            assertTrue(permission("tenant.*.crm.tasks.update", "tenant.acme.crm.tasks.update"));
        }

        @Test
        void a_star_in_the_middle_does_not_match_two_segments() {
            assertFalse(permission("tenant.*.crm.tasks.update", "tenant.acme.eu.crm.tasks.update"));
        }

        @Test
        void a_star_in_the_middle_does_not_match_zero_segments() {
            assertFalse(permission("tenant.*.crm.tasks.update", "tenant.crm.tasks.update"));
        }

        @Test
        void a_trailing_star_matches_one_remaining_segment() {
            assertTrue(permission("tenant.acme.crm.chat.*", "tenant.acme.crm.chat.access"));
        }

        @Test
        void a_trailing_star_matches_several_remaining_segments() {
            assertTrue(permission("tenant.acme.crm.chat.*", "tenant.acme.crm.chat.messages.create"));
        }

        @Test
        void a_trailing_star_needs_at_least_one_remaining_segment() {
            assertFalse(permission("tenant.acme.crm.chat.*", "tenant.acme.crm.chat"));
        }

        @Test
        void a_star_before_the_last_segment_matches_one_segment_only() {
            assertTrue(permission("tenant.acme.crm.*.list", "tenant.acme.crm.contacts.list"));
            assertFalse(permission("tenant.acme.crm.*.list", "tenant.acme.crm.blog.posts.list"));
        }

        @Test
        void the_star_alone_matches_every_name() {
            assertTrue(permission("*", "tenant.acme.crm.contacts.list"));
            assertTrue(permission("*", "x"));
            assertTrue(permission("*", "tenant.acme.crm.blog.posts.publish"));
        }

        @Test
        void several_stars_each_take_their_own_segment() {
            assertTrue(permission("tenant.*.*.contacts.*", "tenant.acme.crm.contacts.list"));
            assertFalse(permission("tenant.*.*.contacts.*", "tenant.acme.crm.companies.list"));
        }

        @Test
        void a_literal_segment_matches_itself_only_case_sensitively() {
            assertFalse(permission("tenant.acme.crm.Contacts.list", "tenant.acme.crm.contacts.list"));
            assertFalse(permission("TENANT.acme.crm.contacts.list", "tenant.acme.crm.contacts.list"));
        }

        @Test
        void there_is_no_partial_glob_within_a_segment() {
            assertFalse(permission("tenant.acme.crm.con*.list", "tenant.acme.crm.contacts.list"));
            assertFalse(permission("tenant.acme.crm.con*", "tenant.acme.crm.contacts.list"));
            assertFalse(permission("tenant.acme.*rm.contacts.list", "tenant.acme.crm.contacts.list"));
        }

        @Test
        void a_partial_glob_is_the_literal_segment_it_spells() {
            assertTrue(permission("tenant.acme.crm.con*.list", "tenant.acme.crm.con*.list"));
        }

        @Test
        void a_segment_does_not_match_a_longer_or_shorter_segment() {
            assertFalse(permission("tenant.acme.crm.contact.list", "tenant.acme.crm.contacts.list"));
            assertFalse(permission("tenant.acme.crm.contactss.list", "tenant.acme.crm.contacts.list"));
        }

        @Test
        void a_pattern_without_star_does_not_match_a_longer_or_shorter_name() {
            assertFalse(permission("tenant.acme.crm.contacts", "tenant.acme.crm.contacts.list"));
            assertFalse(permission("tenant.acme.crm.contacts.list.all", "tenant.acme.crm.contacts.list"));
        }

        @Test
        void a_pattern_without_star_matches_its_own_name() {
            assertTrue(permission("tenant.acme.crm.contacts.list", "tenant.acme.crm.contacts.list"));
        }

        @Test
        void permissions_are_not_split_on_slashes() {
            assertFalse(permission("tenant.acme.*", "tenant/acme/crm"));
            assertTrue(permission("*", "tenant/acme/crm"));
        }

        @Test
        void a_star_matches_an_empty_segment_like_any_other() {
            assertTrue(SegmentPattern.matches("a.*.b", "a..b", '.'));
            assertFalse(SegmentPattern.matches("a.b", "a..b", '.'));
        }

        @Test
        void no_pattern_or_no_name_never_matches() {
            assertFalse(SegmentPattern.matches(null, "a", '.'));
            assertFalse(SegmentPattern.matches("*", null, '.'));
        }
    }

    @Nested
    class Resources {
        @Test
        void an_item_star_matches_an_item_of_that_type() {
            assertTrue(resource("crm:tasks/*", ResourceName.item("tasks", 42)));
        }

        @Test
        void an_item_star_does_not_match_the_collection() {
            assertFalse(resource("crm:tasks/*", ResourceName.collection("tasks")));
        }

        @Test
        void an_item_star_does_not_match_another_type() {
            assertFalse(resource("crm:tasks/*", ResourceName.item("contacts", 42)));
        }

        @Test
        void a_collection_pattern_matches_only_the_collection() {
            assertTrue(resource("crm:tasks", ResourceName.collection("tasks")));
            assertFalse(resource("crm:tasks", ResourceName.item("tasks", 42)));
        }

        @Test
        void an_item_pattern_matches_only_that_item() {
            assertTrue(resource("crm:tasks/42", ResourceName.item("tasks", 42)));
            assertFalse(resource("crm:tasks/42", ResourceName.item("tasks", 43)));
            assertFalse(resource("crm:tasks/42", ResourceName.item("tasks", 420)));
        }

        @Test
        void the_star_alone_matches_collections_and_items() {
            assertTrue(resource("*", ResourceName.collection("tasks")));
            assertTrue(resource("*", ResourceName.item("document_folders", 7)));
        }

        @Test
        void a_star_type_segment_matches_any_item_with_that_id() {
            assertTrue(resource("*/42", ResourceName.item("tasks", 42)));
            assertFalse(resource("*/42", ResourceName.collection("tasks")));
        }

        @Test
        void there_is_no_partial_glob_in_a_resource_type() {
            assertFalse(resource("crm:*", ResourceName.collection("tasks")));
            assertFalse(resource("crm:task*/42", ResourceName.item("tasks", 42)));
        }

        @Test
        void resources_are_split_on_slashes_not_dots() {
            assertTrue(resource("crm:tasks/*", ResourceName.item("tasks", "a.b")));
            assertTrue(resource("crm:tasks/a.b", ResourceName.item("tasks", "a.b")));
            assertFalse(resource("crm:tasks/a.*", ResourceName.item("tasks", "a.b")));
        }
    }

    @ParameterizedTest(name = "{0} vs {1} -> {2}")
    @CsvSource({
        "tenant.*.crm.tasks.update, tenant.acme.crm.tasks.update, true",
        "tenant.acme.crm.chat.*, tenant.acme.crm.chat.access, true",
        "tenant.acme.crm.chat.*, tenant.acme.crm.chat.messages.create, true",
        "tenant.acme.crm.chat.*, tenant.acme.crm.chat, false",
        "tenant.acme.crm.*.list, tenant.acme.crm.contacts.list, true",
        "tenant.acme.crm.*.list, tenant.acme.crm.blog.posts.list, false",
        "*, tenant.acme.crm.contacts.list, true",
        "tenant.acme.crm.con*, tenant.acme.crm.contacts, false",
        "*.list, tenant.list, true",
        "*.list, list, false",
        "a.*, a, false",
        "a.*, a.b, true",
        "a.b.*, a.b.c.d.e, true",
    })
    void the_contract_examples_hold(String pattern, String name, boolean expected) {
        assertTrue(SegmentPattern.matches(pattern, name, '.') == expected);
    }
}
