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
    void the_query_is_trimmed() {
        assertEquals("arva", new SearchText("  arva ").normalised());
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

    @Test
    void umlauts_and_their_digraphs_fold_to_the_plain_vowel() {
        assertEquals("muller", SearchText.normalise("Müller"));
        assertEquals("muller", SearchText.normalise("Mueller"));
        assertEquals("muller", SearchText.normalise("MUELLER"));
        assertEquals("muller", SearchText.normalise("muller"));
        assertEquals("schroder", SearchText.normalise("Schröder"));
        assertEquals("schroder", SearchText.normalise("Schroeder"));
        assertEquals("kathe", SearchText.normalise("Käthe"));
        assertEquals("kathe", SearchText.normalise("Kaethe"));
    }

    @Test
    void sharp_s_is_ss_in_either_case() {
        assertEquals("strasse", SearchText.normalise("Straße"));
        assertEquals("strasse", SearchText.normalise("STRAẞE"));
        assertEquals("strasse", SearchText.normalise("Strasse"));
    }

    /** The examples of Lucene's own TestGermanNormalizationFilter. */
    @Test
    void lucenes_examples_give_lucenes_results() {
        assertEquals("schaltflachen", SearchText.normalise("Schaltflächen"));
        assertEquals("schaltflachen", SearchText.normalise("Schaltflaechen"));
        assertEquals("dauer", SearchText.normalise("dauer"));
        assertEquals("weissbier", SearchText.normalise("weißbier"));
        assertEquals("", SearchText.normalise(""));
    }

    @Test
    void ue_keeps_its_e_after_a_vowel_or_q() {
        assertEquals("quelle", SearchText.normalise("Quelle"));
        assertEquals("bauer", SearchText.normalise("Bauer"));
        assertEquals("neue", SearchText.normalise("neue"));
        assertEquals("feuer", SearchText.normalise("Feuer"));
        assertEquals("uue", SearchText.normalise("uue"));
    }

    @Test
    void an_e_that_follows_a_dropped_e_is_kept_because_the_dropped_one_was_a_vowel() {
        assertEquals("uue", SearchText.normalise("ueue"));
        assertEquals("ae", SearchText.normalise("aee"));
        assertEquals("aue", SearchText.normalise("aeue"));
    }

    @Test
    void every_word_starts_afresh_since_anything_but_a_letter_resets_the_rule() {
        assertEquals("ulrike.muller@example.de", SearchText.normalise("Ulrike.Mueller@example.de"));
        assertEquals("u-bahn uwe", SearchText.normalise("U-Bahn Uwe"));
        assertEquals("1u muller", SearchText.normalise("1ue Mueller"));
    }

    @Test
    void the_digraphs_fold_in_every_name_not_only_german_ones_as_in_lucene() {
        assertEquals("manul", SearchText.normalise("Manuel"));
        assertEquals("samul", SearchText.normalise("Samuel"));
        assertEquals("michal", SearchText.normalise("Michael"));
        assertEquals("daniel", SearchText.normalise("Daniel"));
    }

    @Test
    void accented_vowels_count_as_their_vowel_so_accents_never_change_the_result() {
        assertEquals("nomi", SearchText.normalise("noemi"));
        assertEquals("nomi", SearchText.normalise("Noémi"));
        assertEquals("jol", SearchText.normalise("Joël"));
        assertEquals("jol", SearchText.normalise("Joel"));
        assertEquals("søren", SearchText.normalise("Søren"));
        assertEquals("casar", SearchText.normalise("Cæsar"));
        assertEquals("casar", SearchText.normalise("Caesar"));
        assertEquals("ouvre", SearchText.normalise("Œuvre"));
    }

    @Test
    void an_e_after_an_umlaut_stays_as_in_lucene_so_the_umlaut_folds_like_its_spelling() {
        assertEquals("boen", SearchText.normalise("Böen"));
        assertEquals("boen", SearchText.normalise("Boeen"));
        assertEquals("bon", SearchText.normalise("boen"));
        assertEquals("aue", SearchText.normalise("äue"));
    }

    @Test
    void other_accents_are_left_to_the_database_unaccent() {
        assertEquals("árvai", SearchText.normalise("ÁRVAI"));
        assertEquals("szőke", SearchText.normalise("Szőke"));
        assertEquals("łukasz", SearchText.normalise("Łukasz"));
    }

    @Test
    void like_wildcards_are_left_as_they_are_for_the_database_to_escape_after_unaccent() {
        assertEquals("50%_off\\ ％＿", new SearchText("50%_off\\ ％＿").normalised());
    }
}
