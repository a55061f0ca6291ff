package com.vecton.crm.adapter.in.rest.pipeline;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.vecton.crm.adapter.in.rest.input.InputErrors;
import com.vecton.crm.adapter.in.rest.input.JsonBody;
import com.vecton.crm.domain.edit.FieldEdit;
import com.vecton.crm.domain.pipeline.PipelineDetails;
import com.vecton.crm.domain.pipeline.PipelineEdit;
import com.vecton.crm.domain.pipeline.StageDetails;
import com.vecton.crm.domain.pipeline.StageEdit;
import com.vecton.crm.domain.pipeline.StageId;
import com.vecton.crm.domain.pipeline.StageKind;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.ArrayList;
import java.util.List;

/**
 * The fields a client may send for a pipeline and its stages, and how a body becomes domain input.
 * The records only document the shapes (OpenAPI); bodies are read from the JSON tree. An unknown
 * kind is a 422 on its field, a stage's fields are named by their index ({@code stages.1.kind}).
 */
@Schema(
        name = "PipelineInput",
        example =
                "{\"name\": \"Neukunden\", \"currency\": \"EUR\", \"is_default\": false, \"stages\": [{\"name\": \"Lead\", \"kind\": \"open\", \"probability\": 10}, {\"name\": \"Won\", \"kind\": \"won\"}, {\"name\": \"Lost\", \"kind\": \"lost\"}]}",
        description = "POST needs name and stages (at least one open, one won and one lost); PUT and PATCH change"
                + " the pipeline's own fields only, never its stages")
record PipelineInput(
        @JsonProperty("name") @Schema(maxLength = PipelineDetails.MAX_NAME)
        String name,

        @JsonProperty("is_default")
        @Schema(
                nullable = true,
                description = "true makes this the default pipeline, taking the flag from the old default; null is"
                        + " false")
        Boolean isDefault,

        @JsonProperty("currency")
        @Schema(nullable = true, description = "ISO 4217; absent or null: EUR", example = "EUR")
        String currency,

        @JsonProperty("stages") @ArraySchema(schema = @Schema(implementation = StageInput.class))
        List<StageInput> stages) {

    /** A new pipeline: its fields, and its stages in order. */
    record Creation(PipelineDetails details, List<StageDetails> stages) {}

    /** For POST: every field, absent ones as {@code null}, and the stages, validated together. */
    static Creation creation(JsonBody body) {
        var errors = new InputErrors();
        PipelineDetails details = details(body, errors);
        List<JsonBody> items = body.objects("stages").applyTo(null);
        var stages = new ArrayList<StageDetails>();
        if (items != null) {
            for (int i = 0; i < items.size(); i++) {
                stages.add(stage(items.get(i), "stages." + i + ".", errors));
            }
        }
        errors.throwIfAny();
        return new Creation(details, stages);
    }

    /** For PUT: every own field, absent ones as {@code null} ({@code is_default}: false). */
    static PipelineDetails details(JsonBody body) {
        var errors = new InputErrors();
        var details = details(body, errors);
        errors.throwIfAny();
        return details;
    }

    private static PipelineDetails details(JsonBody body, InputErrors errors) {
        // stages change through their own routes; a PUT's stages are ignored, but typed as documented.
        body.objects("stages");
        String name = body.textOrNull("name", errors);
        Boolean isDefault = body.flag("is_default").applyTo(null);
        String currency = body.textOrNull("currency", errors);
        return errors.capture(() -> new PipelineDetails(name, isDefault != null && isDefault, currency));
    }

    /** For PATCH: only the fields present change. */
    static PipelineEdit edit(JsonBody body) {
        var errors = new InputErrors();
        // As on PUT: the stages are not changed here, but a body that sends them sends them typed.
        body.objects("stages");
        var edit = new PipelineEdit(body.text("name", errors), body.flag("is_default"), body.text("currency", errors));
        errors.throwIfAny();
        return edit;
    }

    /** A stage to add, as {@link StageInput} documents it. */
    @Schema(
            name = "StageInput",
            example = "{\"name\": \"Proposal\", \"kind\": \"open\", \"probability\": 50, \"position\": 2}",
            description = "name and kind are required")
    record StageInput(
            @JsonProperty("name") @Schema(maxLength = StageDetails.MAX_NAME)
            String name,

            @JsonProperty("kind") @Schema(allowableValues = {"open", "won", "lost"})
            String kind,

            @JsonProperty("probability")
            @Schema(
                    nullable = true,
                    minimum = "0",
                    maximum = "100",
                    description = "percent; absent or null: the kind's default (open 50, won 100, lost 0)")
            Integer probability,

            @JsonProperty("position")
            @Schema(
                    nullable = true,
                    minimum = "0",
                    description = "where the new stage goes, from 0 (clamped); absent: last")
            Integer position) {}

    /** A change of a stage, as {@link StageEditInput} documents it: a stage moves by the reorder only. */
    @Schema(
            name = "StageEditInput",
            example = "{\"name\": \"Product demo\", \"probability\": 40}",
            description = "only the fields sent change")
    record StageEditInput(
            @JsonProperty("name") @Schema(maxLength = StageDetails.MAX_NAME)
            String name,

            @JsonProperty("kind") @Schema(allowableValues = {"open", "won", "lost"})
            String kind,

            @JsonProperty("probability")
            @Schema(nullable = true, minimum = "0", maximum = "100", description = "percent; null: the kind's default")
            Integer probability) {}

    /** A stage to add and where: {@code position} {@code null} is last. */
    record NewStage(StageDetails details, Integer position) {}

    static NewStage newStage(JsonBody body) {
        var errors = new InputErrors();
        var details = stage(body, "", errors);
        Long position = body.integer("position", 0, Integer.MAX_VALUE, errors).applyTo(null);
        errors.throwIfAny();
        return new NewStage(details, position == null ? null : Math.toIntExact(position));
    }

    private static StageDetails stage(JsonBody body, String prefix, InputErrors errors) {
        var own = new InputErrors();
        String name = body.textOrNull("name", own);
        StageKind kind = kind(body.text("kind", own), own).applyTo(null);
        Integer probability = probability(body, own).applyTo(null);
        var details = own.capture(() -> StageDetails.of(name, kind, probability));
        errors.capture(prefix, () -> {
            own.throwIfAny();
            return null;
        });
        return details;
    }

    /** For PATCH of a stage: only the fields present change. */
    static StageEdit stageEdit(JsonBody body) {
        var errors = new InputErrors();
        var edit = new StageEdit(
                body.text("name", errors), kind(body.text("kind", errors), errors), probability(body, errors));
        errors.throwIfAny();
        return edit;
    }

    /** The body of a reorder, as the OpenAPI document shows it. */
    @Schema(
            name = "StageOrder",
            example = "{\"stage_ids\": [3, 1, 2, 4, 5]}",
            description = "every stage of the pipeline exactly once, in the new order")
    record OrderInput(
            @JsonProperty("stage_ids") @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            List<Long> stageIds) {}

    static List<StageId> order(JsonBody body) {
        var errors = new InputErrors();
        List<Long> ids = body.integerList("stage_ids", errors).applyTo(null);
        if (ids == null) {
            errors.add("stage_ids", "is required");
        } else if (ids.stream().anyMatch(id -> id < 1)) {
            errors.add("stage_ids", "must name every stage of the pipeline exactly once");
        }
        errors.throwIfAny();
        return ids.stream().map(StageId::new).toList();
    }

    private static FieldEdit<StageKind> kind(FieldEdit<String> raw, InputErrors errors) {
        if (!(raw instanceof FieldEdit.Set<String> set)) {
            return FieldEdit.keep();
        }
        if (set.value() == null) {
            return FieldEdit.set(null);
        }
        StageKind kind = errors.capture(() -> StageKind.parse("kind", set.value()));
        return kind == null ? FieldEdit.keep() : FieldEdit.set(kind);
    }

    /** An integer of the {@code int} range; the domain says whether it is a percentage. */
    private static FieldEdit<Integer> probability(JsonBody body, InputErrors errors) {
        FieldEdit<Long> raw = body.integer("probability", Integer.MIN_VALUE, Integer.MAX_VALUE, errors);
        if (!(raw instanceof FieldEdit.Set<Long> set)) {
            return FieldEdit.keep();
        }
        return FieldEdit.set(
                set.value() == null
                        ? null
                        : (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, set.value())));
    }
}
