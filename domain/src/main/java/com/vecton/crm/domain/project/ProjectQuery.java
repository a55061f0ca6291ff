package com.vecton.crm.domain.project;

import com.vecton.crm.domain.listing.SortOrder;
import com.vecton.crm.domain.search.SearchText;
import java.util.Optional;
import java.util.Set;

/** Which live projects a list shows, and in what order. */
public record ProjectQuery(Optional<SearchText> search, Optional<ProjectStatus> status, SortOrder sort) {
    /** The fields a client may sort projects by. */
    public static final Set<String> SORTABLE =
            Set.of("name", "status", "start_date", "end_date", "created_at", "updated_at");

    public static final SortOrder DEFAULT_SORT = new SortOrder("name", false);

    public ProjectQuery {
        if (search == null || status == null || sort == null || !SORTABLE.contains(sort.field())) {
            throw new IllegalArgumentException("a project query has a search, a status filter and an allowed sort");
        }
    }
}
