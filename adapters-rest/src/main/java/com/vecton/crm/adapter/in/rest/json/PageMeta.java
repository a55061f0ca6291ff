package com.vecton.crm.adapter.in.rest.json;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.vecton.crm.domain.listing.Page;

/**
 * The {@code meta} member of every list answer: where this page sits in the whole list.
 * {@code total_is_exact} (an addition to the contract's four members) is false when the list has
 * more matches than are counted ({@link Page#COUNTED_UP_TO}); {@code total} and {@code last_page}
 * are then lower bounds, and a pager shows "1,000+".
 */
public record PageMeta(
        @JsonProperty("current_page") int currentPage,
        @JsonProperty("per_page") int perPage,
        @JsonProperty("total") long total,
        @JsonProperty("last_page") long lastPage,
        @JsonProperty("total_is_exact") boolean totalIsExact) {

    public static PageMeta of(Page<?> page) {
        return new PageMeta(
                page.request().page(), page.request().perPage(), page.total(), page.lastPage(), page.totalIsExact());
    }
}
