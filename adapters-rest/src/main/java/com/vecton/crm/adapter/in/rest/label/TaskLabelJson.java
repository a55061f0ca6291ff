package com.vecton.crm.adapter.in.rest.label;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.vecton.crm.adapter.in.rest.item.ItemTags;
import com.vecton.crm.domain.access.UserId;
import com.vecton.crm.domain.label.TaskLabel;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;

/** A task label as the API shows it. */
@Schema(name = "TaskLabel")
record TaskLabelJson(
        @JsonProperty("id") long id,
        @JsonProperty("name") String name,

        @JsonProperty("color") @Schema(pattern = "^#[0-9A-F]{6}$")
        String color,

        @JsonProperty("created_by") @Schema(nullable = true) String createdBy,
        @JsonProperty("created_at") Instant createdAt,
        @JsonProperty("updated_at") Instant updatedAt,

        @JsonProperty("version")
        @Schema(description = "1 when created, one more with every change; the item's ETag is this number in quotes")
        long version)
        implements ItemTags.VersionedJson {

    static TaskLabelJson from(TaskLabel label) {
        return new TaskLabelJson(
                label.id().value(),
                label.details().name(),
                label.details().color(),
                label.createdBy().map(UserId::value).orElse(null),
                label.createdAt(),
                label.updatedAt(),
                label.version());
    }
}
