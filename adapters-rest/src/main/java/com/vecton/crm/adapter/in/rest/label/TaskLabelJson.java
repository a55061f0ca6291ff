package com.vecton.crm.adapter.in.rest.label;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.vecton.crm.adapter.in.rest.item.ItemTags;
import com.vecton.crm.adapter.in.rest.json.ChangeFeedJson;
import com.vecton.crm.adapter.in.rest.json.PageMeta;
import com.vecton.crm.domain.access.UserId;
import com.vecton.crm.domain.label.TaskLabel;
import com.vecton.crm.domain.listing.Page;
import com.vecton.crm.domain.sync.ChangePage;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;

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

    /** {@code {"data": label}} */
    @Schema(name = "TaskLabelItem")
    record Item(@JsonProperty("data") TaskLabelJson data) implements ItemTags.VersionedItem<TaskLabelJson> {
        static Item of(TaskLabel label) {
            return new Item(from(label));
        }
    }

    /** {@code {"data": [label...], "meta": {...}}} */
    @Schema(name = "TaskLabelList")
    record ListOf(
            @JsonProperty("data") List<TaskLabelJson> data,
            @JsonProperty("meta") PageMeta meta) {
        static ListOf of(Page<TaskLabel> page) {
            return new ListOf(page.items().stream().map(TaskLabelJson::from).toList(), PageMeta.of(page));
        }
    }

    /** {@code {"data": [tasklabel or tombstone...], "meta": {"next_cursor", "has_more"}}}: a page of the changes feed. */
    @Schema(name = "TaskLabelChanges")
    record ChangesOf(
            @JsonProperty("data")
            @ArraySchema(schema = @Schema(anyOf = {TaskLabelJson.class, ChangeFeedJson.Tombstone.class}))
            List<Object> data,

            @JsonProperty("meta") ChangeFeedJson.Meta meta) {
        static ChangesOf of(ChangePage<TaskLabel> page) {
            return new ChangesOf(ChangeFeedJson.entries(page, TaskLabelJson::from), ChangeFeedJson.Meta.of(page));
        }
    }
}
