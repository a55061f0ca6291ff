package com.vecton.crm.domain.pipeline;

import com.vecton.crm.domain.listing.SortOrder;
import com.vecton.crm.domain.search.SearchText;
import java.util.Optional;
import java.util.Set;

/** Which live pipelines a list shows: all, or those whose name contains the search; in the order asked. */
public record PipelineQuery(Optional<SearchText> search, SortOrder sort) {
    /** The fields a client may sort pipelines by. */
    public static final Set<String> SORTABLE = Set.of("name", "created_at", "updated_at");

    public static final SortOrder DEFAULT_SORT = new SortOrder("name", false);

    public PipelineQuery {
        if (search == null || sort == null || !SORTABLE.contains(sort.field())) {
            throw new IllegalArgumentException("a pipeline query has a search and an allowed sort");
        }
    }
}
