package com.vecton.crm.adapter.in.rest.item;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vecton.crm.adapter.in.rest.problem.RequestRejected;
import com.vecton.crm.domain.access.Precondition;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EntityTagListTest {

    @Test
    void star_and_lists_of_strong_and_weak_tags_are_read_with_empty_elements_skipped() {
        assertEquals(Optional.of(new EntityTagList(true, List.of())), EntityTagList.parse(" * "));
        assertEquals(
                List.of(
                        new EntityTagList.Tag(false, "3"),
                        new EntityTagList.Tag(true, "4"),
                        new EntityTagList.Tag(false, "")),
                EntityTagList.parse("\"3\" ,, W/\"4\",\"\"").orElseThrow().tags());
    }

    @Test
    void what_is_not_rfc_9110_syntax_is_not_read() {
        for (String malformed :
                List.of("3", "W/3", "w/\"3\"", "\"3", "3\"", ",", "", "*, \"3\"", "\"3\" \"4\"", "\"a\"b\"")) {
            assertEquals(Optional.empty(), EntityTagList.parse(malformed), malformed);
        }
    }

    @Test
    void if_match_is_none_without_the_header_exists_for_star_and_the_strong_versions_named_otherwise() {
        assertEquals(Precondition.NONE, EntityTagList.ifMatch(null));
        assertEquals(Precondition.EXISTS, EntityTagList.ifMatch("*"));
        assertEquals(Precondition.versionIn(Set.of(3L, 5L)), EntityTagList.ifMatch("\"3\", W/\"4\", \"5\""));
        var never = EntityTagList.ifMatch("W/\"3\", \"03\", \"x\", \"99999999999999999999\"");
        assertFalse(never.holdsFor(3), "weak, not canonical, not a number, beyond a long: none is a version");
        var refused = assertThrows(RequestRejected.class, () -> EntityTagList.ifMatch("3"));
        assertEquals(400, refused.status());
        assertEquals("malformed_request", refused.code());
    }

    @Test
    void if_none_match_compares_weakly_and_star_names_any_version() {
        assertTrue(EntityTagList.parse("W/\"7\"").orElseThrow().namesWeakly(7));
        assertTrue(EntityTagList.parse("\"1\", \"7\"").orElseThrow().namesWeakly(7));
        assertFalse(EntityTagList.parse("\"8\"").orElseThrow().namesWeakly(7));
        assertTrue(EntityTagList.parse("*").orElseThrow().namesWeakly(7));
    }

    @Test
    void our_tags_are_the_version_in_quotes() {
        assertEquals("\"12\"", ItemTags.of(12).toString());
        assertEquals(ItemTags.of(12).toString(), ItemTags.header(12));
        assertTrue(EntityTagList.ifMatch(ItemTags.of(12).toString()).holdsFor(12));
    }
}
