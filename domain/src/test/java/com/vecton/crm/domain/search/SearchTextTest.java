package com.vecton.crm.domain.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vecton.crm.domain.problem.ValidationFailed;
import org.junit.jupiter.api.Test;

class SearchTextTest {

    @Test
    void blank_or_absent_means_no_search() {
        assertTrue(SearchText.of(null).isEmpty());
        assertTrue(SearchText.of("   ").isEmpty());
    }

    @Test
    void percent_underscore_and_backslash_are_literal_in_the_like_pattern() {
        assertEquals("%50\\%\\_off\\\\%", new SearchText("50%_off\\").containsPattern());
    }

    @Test
    void the_query_is_trimmed() {
        assertEquals("%arva%", new SearchText("  arva ").containsPattern());
    }

    @Test
    void overlong_queries_are_a_validation_failure_on_search() {
        var failure = assertThrows(ValidationFailed.class, () -> new SearchText("a".repeat(201)));
        assertTrue(failure.errors().containsKey("search"));
    }

    @Test
    void nul_characters_are_refused_because_postgres_cannot_store_them() {
        assertThrows(ValidationFailed.class, () -> new SearchText("ab\0c"));
    }
}
