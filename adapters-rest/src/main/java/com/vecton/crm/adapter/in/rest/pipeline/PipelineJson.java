package com.vecton.crm.adapter.in.rest.pipeline;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.vecton.crm.adapter.in.rest.item.ItemTags;
import com.vecton.crm.adapter.in.rest.json.ChangeFeedJson;
import com.vecton.crm.adapter.in.rest.json.PageMeta;
import com.vecton.crm.domain.access.UserId;
import com.vecton.crm.domain.listing.Page;
import com.vecton.crm.domain.pipeline.Pipeline;
import com.vecton.crm.domain.sync.ChangePage;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A pipeline as the API shows it, with its stages in order. */
@Schema(name = "Pipeline")
record PipelineJson(
        @JsonProperty("id") long id,
        @JsonProperty("name") String name,
        @JsonProperty("is_default") boolean isDefault,
        @JsonProperty("currency") String currency,
        @JsonProperty("stages") List<StageJson> stages,
        @JsonProperty("created_by") @Schema(nullable = true) String createdBy,
        @JsonProperty("created_at") Instant createdAt,
        @JsonProperty("updated_at") Instant updatedAt,
        @JsonProperty("deleted_at") @Schema(nullable = true) Instant deletedAt,

        @JsonProperty("version")
        @Schema(
                description = "1 when created, one more with every change, its stages' included; the item's ETag is"
                        + " this number in quotes")
        long version)
        implements ItemTags.VersionedJson {

    /** A stage as its pipeline shows it; {@code position} is its index in {@code stages}. */
    @Schema(name = "PipelineStage")
    record StageJson(
            @JsonProperty("id") long id,
            @JsonProperty("name") String name,

            @JsonProperty("kind") @Schema(allowableValues = {"open", "won", "lost"})
            String kind,

            @JsonProperty("probability") int probability,
            @JsonProperty("position") int position) {}

    static PipelineJson from(Pipeline pipeline) {
        var d = pipeline.details();
        var stages = new ArrayList<StageJson>();
        var inOrder = pipeline.stages().inOrder();
        for (int position = 0; position < inOrder.size(); position++) {
            var stage = inOrder.get(position);
            stages.add(new StageJson(
                    stage.id().value(),
                    stage.details().name(),
                    stage.details().kind().apiName(),
                    stage.details().probability(),
                    position));
        }
        return new PipelineJson(
                pipeline.id().value(),
                d.name(),
                d.isDefault(),
                d.currency(),
                List.copyOf(stages),
                pipeline.createdBy().map(UserId::value).orElse(null),
                pipeline.createdAt(),
                pipeline.updatedAt(),
                pipeline.deletedAt().orElse(null),
                pipeline.version());
    }

    /** {@code {"data": pipeline}} */
    @Schema(name = "PipelineItem")
    record Item(@JsonProperty("data") PipelineJson data) implements ItemTags.VersionedItem<PipelineJson> {
        static Item of(Pipeline pipeline) {
            return new Item(from(pipeline));
        }
    }

    /** {@code {"data": [pipeline...], "meta": {...}}} */
    @Schema(name = "PipelineList")
    record ListOf(
            @JsonProperty("data") List<PipelineJson> data,
            @JsonProperty("meta") PageMeta meta) {
        static ListOf of(Page<Pipeline> page) {
            return new ListOf(page.items().stream().map(PipelineJson::from).toList(), PageMeta.of(page));
        }
    }

    /** {@code {"data": [pipeline or tombstone...], "meta": {"next_cursor", "has_more"}}}: a page of the changes feed. */
    @Schema(name = "PipelineChanges")
    record ChangesOf(
            @JsonProperty("data")
            @ArraySchema(schema = @Schema(anyOf = {PipelineJson.class, ChangeFeedJson.Tombstone.class}))
            List<Object> data,

            @JsonProperty("meta") ChangeFeedJson.Meta meta) {
        static ChangesOf of(ChangePage<Pipeline> page) {
            return new ChangesOf(ChangeFeedJson.entries(page, PipelineJson::from), ChangeFeedJson.Meta.of(page));
        }
    }
}
