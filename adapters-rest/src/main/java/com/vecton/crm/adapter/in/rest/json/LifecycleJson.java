package com.vecton.crm.adapter.in.rest.json;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.vecton.crm.adapter.in.rest.item.ItemTags;
import com.vecton.crm.domain.access.UserId;
import com.vecton.crm.domain.lifecycle.KeepsHistory;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;

/**
 * The bookkeeping fields a record that keeps its history shows after its own (who created it;
 * when it was created, last changed and deleted; its version), declared once. A record's shape
 * takes them {@code @JsonUnwrapped}, so they stand in it as its own fields, as before, and is a {@link Part}.
 */
public record LifecycleJson(
        @JsonProperty("created_by") @Schema(nullable = true) String createdBy,
        @JsonProperty("created_at") Instant createdAt,
        @JsonProperty("updated_at") Instant updatedAt,
        @JsonProperty("deleted_at") @Schema(nullable = true) Instant deletedAt,

        @JsonProperty("version")
        @Schema(description = "1 when created, one more with every change; the item's ETag is this number in quotes")
        long version) {

    /** A record's shape that takes these fields: its version, for its item's tag, is theirs. */
    public interface Part extends ItemTags.VersionedJson {
        LifecycleJson lifecycle();

        @Override
        @JsonIgnore
        default long version() {
            return lifecycle().version();
        }
    }

    public static LifecycleJson of(KeepsHistory record) {
        return new LifecycleJson(
                record.createdBy().map(UserId::value).orElse(null),
                record.createdAt(),
                record.updatedAt(),
                record.deletedAt().orElse(null),
                record.version());
    }
}
