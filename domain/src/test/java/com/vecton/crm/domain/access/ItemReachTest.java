package com.vecton.crm.domain.access;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** What resource patterns reach among a list's items: every item, literal ids, or none, exactly as they match. */
class ItemReachTest {
    private static ItemReach reach(String... patterns) {
        return ItemReach.of(List.of(patterns).stream().map(ResourcePattern::new).toList(), "contacts");
    }

    private static ItemReach ids(String... ids) {
        return new ItemReach.Ids(Set.of(ids));
    }

    @Test
    void stars_that_take_the_id_reach_every_item() {
        for (String pattern : List.of("*", "*/*", "crm:contacts/*")) {
            assertEquals(ItemReach.EVERY, reach(pattern), pattern);
        }
    }

    @Test
    void a_literal_id_reaches_that_item_only() {
        assertEquals(ids("5"), reach("crm:contacts/5"));
        assertEquals(ids("5"), reach("*/5"));
        assertEquals(ids("5", "6"), reach("crm:contacts/5", "crm:contacts/6"));
    }

    @Test
    void the_collection_another_type_or_a_deeper_name_reaches_no_item() {
        for (String pattern : List.of(
                "crm:contacts",
                "crm:tasks/5",
                "crm:tasks/*",
                "crm:contacts/5/*",
                "crm:contacts/*/*",
                "crm:contacts/",
                "*/5/6")) {
            assertEquals(ItemReach.NONE, reach(pattern), pattern);
        }
    }

    @Test
    void there_is_no_partial_glob_so_a_glob_looking_id_is_that_literal_text() {
        var reach = reach("crm:contacts/1*");
        assertEquals(ids("1*"), reach);
        assertEquals(false, reach.reaches("1"));
        assertEquals(false, reach.reaches("15"));
        assertEquals(ItemReach.NONE, reach("crm:*"));
        assertEquals(ids("5"), reach("crm:*", "crm:contacts/5"));
        assertEquals(ids("?"), reach("crm:contacts/?"));
    }

    @Test
    void types_and_ids_are_matched_case_sensitively_and_as_spelled() {
        assertEquals(ItemReach.NONE, reach("crm:Contacts/5"));
        assertEquals(ItemReach.NONE, reach("CRM:contacts/*"));
        var leadingZero = reach("crm:contacts/05");
        assertEquals(false, leadingZero.reaches("5"));
    }

    @Test
    void one_pattern_reaching_every_item_outweighs_any_ids() {
        assertEquals(ItemReach.EVERY, reach("crm:contacts/5", "*"));
    }

    // ---------------------------------------------------------------- the property

    /** Segments that collide with the item names often: the type, stars, ids, a glob-looking id, case. */
    private static final List<String> SEGMENTS =
            List.of("*", "crm:contacts", "crm:Contacts", "crm:tasks", "crm:*", "5", "15", "1*", "?", "05", "");

    @Provide
    Arbitrary<List<String>> patterns() {
        return Arbitraries.of(SEGMENTS)
                .list()
                .ofMinSize(1)
                .ofMaxSize(3)
                .map(segments -> String.join("/", segments))
                .filter(pattern -> !pattern.isBlank())
                .list()
                .ofMinSize(1)
                .ofMaxSize(3);
    }

    @Provide
    Arbitrary<String> itemIds() {
        return Arbitraries.of("5", "15", "1", "1*", "?", "05", "42", "x");
    }

    /** The reach answers for any id exactly what matching that item's name answers. */
    @Property(tries = 2_000)
    void the_reach_is_exactly_what_the_patterns_match(
            @ForAll("patterns") List<String> patterns, @ForAll("itemIds") String id) {
        var resources = patterns.stream().map(ResourcePattern::new).toList();
        boolean matched = resources.stream().anyMatch(p -> p.matches(ResourceName.item("contacts", id)));
        assertEquals(matched, ItemReach.of(resources, "contacts").reaches(id), () -> patterns + " on " + id);
    }
}
