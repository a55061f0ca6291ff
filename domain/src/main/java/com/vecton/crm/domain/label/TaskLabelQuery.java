package com.vecton.crm.domain.label;

import com.vecton.crm.domain.listing.SortOrder;
import com.vecton.crm.domain.search.SearchText;
import java.util.Optional;
import java.util.Set;

/** Which task labels a list shows: all, or those whose name contains the search; by name. */
public record TaskLabelQuery(Optional<SearchText> search, SortOrder sort) {
    /** Labels sort only by name (case- and accent-folded); a tag picker needs nothing else. */
    public static final Set<String> SORTABLE = Set.of("name");

    public static final SortOrder DEFAULT_SORT = new SortOrder("name", false);

    public TaskLabelQuery {
        if (search == null || sort == null || !SORTABLE.contains(sort.field())) {
            throw new IllegalArgumentException("a label query has a search and an allowed sort");
        }
    }
}
