package com.vecton.crm.domain.listing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vecton.crm.domain.problem.ValidationFailed;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ListingTest {

    @Test
    void per_page_defaults_to_25_and_is_capped_at_100() {
        assertEquals(new PageRequest(1, 25), PageRequest.of(null, null));
        assertEquals(new PageRequest(3, 100), PageRequest.of(3, 5000));
    }

    @Test
    void zero_or_negative_page_values_are_validation_failures() {
        var failure = assertThrows(ValidationFailed.class, () -> PageRequest.of(0, -1));
        assertEquals(Set.of("page", "per_page"), failure.errors().keySet());
    }

    @Test
    void last_page_rounds_up_and_is_at_least_one() {
        assertEquals(1, new Page<>(List.of(), new PageRequest(1, 25), 0).lastPage());
        assertEquals(4, new Page<>(List.of(), new PageRequest(1, 25), 76).lastPage());
        assertEquals(3, new Page<>(List.of(), new PageRequest(1, 25), 75).lastPage());
    }

    @Test
    void sort_accepts_allowed_fields_with_an_optional_minus() {
        var fallback = new SortOrder("name", false);
        assertEquals(new SortOrder("created_at", true), SortOrder.parse("-created_at", Set.of("created_at"), fallback));
        assertEquals(fallback, SortOrder.parse(null, Set.of("created_at"), fallback));
    }

    @Test
    void sort_refuses_anything_off_the_allow_list() {
        for (String raw : List.of("password", "name; drop table contacts", "--name", "-")) {
            var failure = assertThrows(ValidationFailed.class, () -> SortOrder.parse(raw, Set.of("name"), null));
            assertTrue(failure.errors().containsKey("sort"), raw);
        }
    }

    @Test
    void totals_are_exact_up_to_the_cap_and_a_lower_bound_beyond_it() {
        var request = new PageRequest(1, 25);
        var exact = Page.counted(List.of(), request, Page.COUNTED_UP_TO);
        assertTrue(exact.totalIsExact());
        assertEquals(1_000, exact.total());
        var bounded = Page.counted(List.of(), request, Page.COUNTED_UP_TO + 1);
        assertEquals(1_000, bounded.total());
        assertEquals(40, bounded.lastPage());
        assertTrue(!bounded.totalIsExact());
        assertTrue(!bounded.map(x -> x).totalIsExact(), "mapping keeps the flag");
    }

    @Test
    void a_small_total_cannot_claim_to_be_a_lower_bound() {
        assertThrows(IllegalArgumentException.class, () -> new Page<>(List.of(), new PageRequest(1, 25), 12, false));
    }
}
