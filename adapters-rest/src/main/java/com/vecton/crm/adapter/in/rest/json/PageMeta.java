package com.vecton.crm.adapter.in.rest.json;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.vecton.crm.domain.listing.Page;

/** The {@code meta} member of every list answer: where this page sits in the whole list. */
public record PageMeta(@JsonProperty("current_page") int currentPage,
                       @JsonProperty("per_page") int perPage,
                       @JsonProperty("total") long total,
                       @JsonProperty("last_page") long lastPage) {

    public static PageMeta of(Page<?> page) {
        return new PageMeta(page.request().page(), page.request().perPage(), page.total(), page.lastPage());
    }
}
