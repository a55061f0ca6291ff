package com.vecton.crm.adapter.out.persistence;

import com.vecton.crm.domain.search.SearchText;
import org.jdbi.v3.core.statement.SqlStatement;

/**
 * The one SQL form of a {@code ?search=} match, shared by every store that searches.
 *
 * <p>A search column holds {@code f_search_fold(text)}: {@code f_search_normalise}, then
 * {@code f_unaccent} (V14). The query arrives folded by the same rule in Java
 * ({@link SearchText#normalised()}); {@code f_search_pattern} removes its accents and escapes it
 * for {@code LIKE}, in that order, so that {@code %}, {@code _} and {@code \} and every character
 * unaccent turns into one of them match literally. Bound as a value in an unnamed statement (see
 * {@link PagedSelect}), the pattern is a constant to the planner and the trigram index serves it.
 */
public final class SearchMatch {
    private static final String PARAMETER = "search";

    private SearchMatch() {}

    /** The condition that {@code foldedColumn} (a column or expression folded with f_search_fold) contains the query. */
    public static String on(String foldedColumn) {
        return foldedColumn + " LIKE public.f_search_pattern(:" + PARAMETER + ") ESCAPE '\\'";
    }

    /** Binds the query of a condition made by {@link #on}. */
    public static void bind(SqlStatement<?> statement, SearchText text) {
        statement.bind(PARAMETER, text.normalised());
    }
}
