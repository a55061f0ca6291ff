package com.vecton.crm.adapter.in.rest.json;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.vecton.crm.domain.sync.Change;
import com.vecton.crm.domain.sync.ChangePage;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;

/**
 * The shape of every changes feed answer, {@code {"data": [...], "meta": {"next_cursor",
 * "has_more"}}}: each entry is a live record as its item route shows it, or a {@link Tombstone}.
 * The answer is {@link ChangesOf}, with this class's parts; the entries are built here.
 */
public final class ChangeFeedJson {
    private ChangeFeedJson() {}

    /** The entries of a page: each live record by the resource's own JSON, each deleted one as a tombstone. */
    public static <E> List<Object> entries(ChangePage<E> page, Function<? super E, ?> json) {
        return page.changes().stream()
                .<Object>map(change -> switch (change) {
                    case Change.Live<E> live -> json.apply(live.record());
                    case Change.Deleted<E> deleted -> new Tombstone(deleted.id(), deleted.deletedAt());
                })
                .toList();
    }

    /** A deleted record: its id and when it was deleted, nothing else. */
    @Schema(name = "Tombstone", description = "a record that was deleted (soft-deleted or for good)")
    public record Tombstone(
            @JsonProperty("id") @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            long id,

            @JsonProperty("deleted_at") @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            Instant deletedAt) {}

    /** Where the client goes on from. */
    @Schema(name = "ChangesMeta")
    public record Meta(
            @JsonProperty("next_cursor")
            @Schema(
                    description = "opaque; send it back as ?cursor= for the changes after this page",
                    requiredMode = Schema.RequiredMode.REQUIRED)
            String nextCursor,

            @JsonProperty("has_more")
            @Schema(
                    description = "whether more changes are waiting now; if not, ask again later with next_cursor",
                    requiredMode = Schema.RequiredMode.REQUIRED)
            boolean hasMore) {

        public static Meta of(ChangePage<?> page) {
            return new Meta(page.next().encode(), page.hasMore());
        }
    }
}
