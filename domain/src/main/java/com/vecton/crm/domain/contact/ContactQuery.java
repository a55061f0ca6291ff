package com.vecton.crm.domain.contact;

import com.vecton.crm.domain.company.CompanyId;
import com.vecton.crm.domain.listing.SortOrder;
import com.vecton.crm.domain.search.SearchText;
import java.util.Optional;
import java.util.Set;

/** Which live contacts a list shows, and in what order. */
public record ContactQuery(Optional<SearchText> search, Optional<CompanyId> companyId, SortOrder sort) {
    /** The fields a client may sort contacts by. */
    public static final Set<String> SORTABLE = Set.of("first_name", "last_name", "email", "created_at", "updated_at");

    public static final SortOrder DEFAULT_SORT = new SortOrder("last_name", false);

    public ContactQuery {
        if (search == null || companyId == null || sort == null || !SORTABLE.contains(sort.field())) {
            throw new IllegalArgumentException("a contact query has a search, a company filter and an allowed sort");
        }
    }
}
