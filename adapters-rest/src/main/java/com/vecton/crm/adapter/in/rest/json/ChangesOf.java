package com.vecton.crm.adapter.in.rest.json;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.vecton.crm.domain.sync.ChangePage;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.function.Function;

/**
 * Every page of a changes feed, {@code {"data": [record or tombstone...], "meta": {"next_cursor",
 * "has_more"}}} ({@link ChangeFeedJson}). The OpenAPI document names it after its record
 * ({@code ChangesOf<CompanyJson>} is {@code CompanyChanges}) and writes each entry as that record
 * or a tombstone; Java cannot say so in an annotation, so the document adds the record.
 *
 * @param <T> the record as its item route shows it: only the document reads it
 */
public record ChangesOf<T>(
        @JsonProperty("data") @ArraySchema(schema = @Schema(anyOf = ChangeFeedJson.Tombstone.class))
        List<Object> data,

        @JsonProperty("meta") ChangeFeedJson.Meta meta) {

    /** The page's entries, each live record as the resource shows it: {@code ChangesOf.of(page, CompanyJson::from)}. */
    public static <R, T> ChangesOf<T> of(ChangePage<R> page, Function<? super R, T> json) {
        return new ChangesOf<>(ChangeFeedJson.entries(page, json), ChangeFeedJson.Meta.of(page));
    }
}
