package com.vecton.crm.adapter.in.rest.json;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.vecton.crm.domain.listing.Page;
import java.util.List;
import java.util.function.Function;

/**
 * Every page of a list answer, {@code {"data": [record...], "meta": {...}}}. The OpenAPI document
 * names it after its record: {@code PageOf<CompanyJson>} is {@code CompanyList}.
 */
public record PageOf<T>(
        @JsonProperty("data") List<T> data,
        @JsonProperty("meta") PageMeta meta) {

    /** The page's records as the resource shows them, such as {@code PageOf.of(page, CompanyJson::from)}. */
    public static <R, T> PageOf<T> of(Page<R> page, Function<? super R, T> json) {
        return new PageOf<>(page.items().stream().<T>map(json).toList(), PageMeta.of(page));
    }
}
