package com.vecton.crm.adapter.in.rest.json;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.vecton.crm.adapter.in.rest.item.ItemTags;

/**
 * Every item answer of a versioned record, {@code {"data": record}}, tagged with the record's
 * version for the {@code ETag}. The OpenAPI document names it after its record:
 * {@code ItemOf<CompanyJson>} is {@code CompanyItem}.
 */
public record ItemOf<T extends ItemTags.VersionedJson>(
        @JsonProperty("data") T data) implements ItemTags.VersionedItem<T> {
    public static <T extends ItemTags.VersionedJson> ItemOf<T> of(T data) {
        return new ItemOf<>(data);
    }
}
