package com.vecton.crm.domain.portal;

import com.vecton.crm.domain.listing.SortOrder;
import com.vecton.crm.domain.search.SearchText;
import java.util.Optional;
import java.util.Set;

/** Which of their company's live deals a portal caller lists: all, or those whose title contains the search. */
public record CustomerDealQuery(Optional<SearchText> search, SortOrder sort) {
    /** The fields a portal caller may sort deals by. */
    public static final Set<String> SORTABLE = Set.of("title", "expected_close_date", "created_at");

    public static final SortOrder DEFAULT_SORT = new SortOrder("created_at", true);

    public CustomerDealQuery {
        if (search == null || sort == null || !SORTABLE.contains(sort.field())) {
            throw new IllegalArgumentException("a customer's deal query has a search and an allowed sort");
        }
    }
}
