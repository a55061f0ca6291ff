package com.vecton.crm.adapter.in.rest.pipeline;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.vecton.crm.adapter.in.rest.item.ItemTags;
import com.vecton.crm.domain.access.UserId;
import com.vecton.crm.domain.pipeline.Pipeline;
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
}
