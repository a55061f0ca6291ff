package com.vecton.crm.domain.company;

import com.vecton.crm.domain.listing.SortOrder;
import com.vecton.crm.domain.search.SearchText;
import java.util.Optional;
import java.util.Set;

/** Which live companies a list shows, and in what order. */
public record CompanyQuery(Optional<SearchText> search, SortOrder sort) {
    /** The fields a client may sort companies by. */
    public static final Set<String> SORTABLE = Set.of("name", "domain", "created_at", "updated_at");

    public static final SortOrder DEFAULT_SORT = new SortOrder("name", false);

    public CompanyQuery {
        if (search == null || sort == null || !SORTABLE.contains(sort.field())) {
            throw new IllegalArgumentException("a company query has a search and an allowed sort");
        }
    }
}
