package com.vecton.crm.adapter.in.rest.deal;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.vecton.crm.adapter.in.rest.input.InputErrors;
import com.vecton.crm.adapter.in.rest.input.JsonBody;
import com.vecton.crm.domain.access.UserId;
import com.vecton.crm.domain.company.CompanyId;
import com.vecton.crm.domain.contact.ContactId;
import com.vecton.crm.domain.deal.DealDetails;
import com.vecton.crm.domain.deal.DealEdit;
import com.vecton.crm.domain.edit.FieldEdit;
import com.vecton.crm.domain.pipeline.PipelineId;
import com.vecton.crm.domain.pipeline.StageId;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.LongFunction;

/**
 * The fields a client may send for a deal, and how a body becomes domain input. The record only
 * documents the shape (OpenAPI); bodies are read from the JSON tree. An id that is not positive is a
 * 422 on its field, as an unknown one is.
 */
@Schema(
        name = "DealInput",
        example = "{\"title\": \"Rahmenvertrag 2027\", \"company_id\": 7, \"contact_ids\": [12], \"amount\":"
                + " \"48000.00\", \"expected_close_date\": \"2027-03-31\"}",
        description = "POST needs title and company_id; PUT replaces every field (absent ones become null or their"
                + " default); PATCH changes only the fields sent")
record DealInput(
        @JsonProperty("title") @Schema(maxLength = DealDetails.MAX_TITLE)
        String title,

        @JsonProperty("company_id") @Schema(minimum = "1", description = "a live company")
        Long companyId,

        @JsonProperty("contact_ids")
        @ArraySchema(
                schema = @Schema(type = "integer", format = "int64", minimum = "1"),
                arraySchema = @Schema(nullable = true, description = "live contacts, of any company"))
        List<Long> contactIds,

        @JsonProperty("pipeline_id")
        @Schema(nullable = true, minimum = "1", description = "a live pipeline; absent or null: the default pipeline")
        Long pipelineId,

        @JsonProperty("stage_id")
        @Schema(
                nullable = true,
                minimum = "1",
                description = "a stage of the pipeline; absent or null: its first open stage (new deals go last in"
                        + " it; move a deal within its stage with POST /api/deals/{id}/move)")
        Long stageId,

        @JsonProperty("amount")
        @Schema(
                nullable = true,
                type = "string",
                example = "48000.00",
                description = "a decimal with at most 2 places, not negative, as a JSON string (or a number)")
        String amount,

        @JsonProperty("currency")
        @Schema(nullable = true, description = "ISO 4217; absent or null: the pipeline's", example = "EUR")
        String currency,

        @JsonProperty("probability")
        @Schema(
                nullable = true,
                minimum = "0",
                maximum = "100",
                description = "percent, set by hand (probability_source manual) until set to null, which gives the"
                        + " stage's; not on a won or lost deal")
        Integer probability,

        @JsonProperty("expected_close_date") @Schema(nullable = true, format = "date", example = "2027-03-31")
        String expectedCloseDate,

        @JsonProperty("owner_id") @Schema(nullable = true, description = "an active user; absent or null: the caller")
        String ownerId,

        @JsonProperty("lost_reason")
        @Schema(
                nullable = true,
                maxLength = DealDetails.MAX_LOST_REASON,
                description = "required in a lost stage; dropped in any other")
        String lostReason) {

    /** For POST and PUT: every field, absent ones as {@code null} (their default, where they have one). */
    static DealDetails details(JsonBody body) {
        var errors = new InputErrors();
        String title = body.textOrNull("title", errors);
        Long company = body.integer("company_id", errors).applyTo(null);
        var contacts = ids(body, "contact_ids", ContactId::new, errors).applyTo(null);
        var pipeline = id(body, "pipeline_id", PipelineId::new, errors).applyTo(null);
        var stage = id(body, "stage_id", StageId::new, errors).applyTo(null);
        BigDecimal amount = body.decimal("amount", errors).applyTo(null);
        String currency = body.textOrNull("currency", errors);
        Integer probability = probability(body, errors).applyTo(null);
        var close = body.date("expected_close_date", errors).applyTo(null);
        var owner = owner(body, errors).applyTo(null);
        String lostReason = body.textOrNull("lost_reason", errors);
        CompanyId companyId = company == null ? null : positive(company, "company_id", CompanyId::new, errors);
        var details = errors.capture(() -> new DealDetails(
                title, companyId, contacts, pipeline, stage, amount, currency, probability, close, owner, lostReason));
        errors.throwIfAny();
        return details;
    }

    /** For PATCH: only the fields present change. */
    static DealEdit edit(JsonBody body) {
        var errors = new InputErrors();
        FieldEdit<CompanyId> company = id(body, "company_id", CompanyId::new, errors);
        var edit = new DealEdit(
                body.text("title", errors),
                company,
                ids(body, "contact_ids", ContactId::new, errors),
                id(body, "pipeline_id", PipelineId::new, errors),
                id(body, "stage_id", StageId::new, errors),
                body.decimal("amount", errors),
                body.text("currency", errors),
                probability(body, errors),
                body.date("expected_close_date", errors),
                owner(body, errors),
                body.text("lost_reason", errors));
        errors.throwIfAny();
        return edit;
    }

    /** The body of a move, as the OpenAPI document shows it. */
    @Schema(
            name = "DealMoveInput",
            example = "{\"stage_id\": 3, \"position\": 0}",
            description = "stage_id and position are required; lost_reason in a lost stage")
    record MoveInput(
            @JsonProperty("stage_id") @Schema(requiredMode = Schema.RequiredMode.REQUIRED, minimum = "1")
            long stageId,

            @JsonProperty("position")
            @Schema(
                    requiredMode = Schema.RequiredMode.REQUIRED,
                    minimum = "0",
                    maximum = "2147483647",
                    description = "index in the target stage, from 0; a larger one puts the deal last")
            int position,

            @JsonProperty("lost_reason")
            @Schema(
                    nullable = true,
                    maxLength = DealDetails.MAX_LOST_REASON,
                    description = "why the deal was lost: required when the stage is a lost one")
            String lostReason) {}

    /** A move: the target stage and the index in it (both required), and a lost reason. */
    record Move(StageId stage, int position, String lostReason) {
        static Move read(JsonBody body) {
            var errors = new InputErrors();
            StageId stage = id(body, "stage_id", StageId::new, errors).applyTo(null);
            Long position =
                    body.integer("position", 0, Integer.MAX_VALUE, errors).applyTo(null);
            String reason = body.textOrNull("lost_reason", errors);
            if (stage == null && !errors.has("stage_id")) {
                errors.add("stage_id", "is required");
            }
            if (position == null && !errors.has("position")) {
                errors.add("position", "is required");
            }
            if (reason != null && reason.strip().length() > DealDetails.MAX_LOST_REASON) {
                errors.add("lost_reason", "must not be longer than " + DealDetails.MAX_LOST_REASON + " characters");
            }
            errors.throwIfAny();
            return new Move(stage, Math.toIntExact(position), reason);
        }
    }

    private static <I> FieldEdit<I> id(JsonBody body, String field, LongFunction<I> ids, InputErrors errors) {
        FieldEdit<Long> raw = body.integer(field, errors);
        if (!(raw instanceof FieldEdit.Set<Long> set)) {
            return FieldEdit.keep();
        }
        if (set.value() == null) {
            return FieldEdit.set(null);
        }
        I id = positive(set.value(), field, ids, errors);
        return id == null ? FieldEdit.keep() : FieldEdit.set(id);
    }

    private static <I> I positive(long value, String field, LongFunction<I> ids, InputErrors errors) {
        if (value < 1) {
            errors.add(field, "must be a positive id");
            return null;
        }
        return ids.apply(value);
    }

    private static <I> FieldEdit<Set<I>> ids(JsonBody body, String field, LongFunction<I> ids, InputErrors errors) {
        FieldEdit<List<Long>> raw = body.integerList(field, errors);
        if (!(raw instanceof FieldEdit.Set<List<Long>> set)) {
            return FieldEdit.keep();
        }
        if (set.value() == null) {
            return FieldEdit.set(null);
        }
        var out = new LinkedHashSet<I>();
        for (long value : set.value()) {
            if (value < 1) {
                errors.add(field, "must hold positive ids");
                return FieldEdit.keep();
            }
            out.add(ids.apply(value));
        }
        return FieldEdit.set(out);
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

    private static FieldEdit<UserId> owner(JsonBody body, InputErrors errors) {
        FieldEdit<String> raw = body.text("owner_id", errors);
        if (!(raw instanceof FieldEdit.Set<String> set)) {
            return FieldEdit.keep();
        }
        String value = set.value() == null ? null : set.value().strip();
        if (value == null || value.isEmpty()) {
            return FieldEdit.set(null);
        }
        if (value.length() > UserId.MAX_LENGTH) {
            errors.add("owner_id", "must not be longer than " + UserId.MAX_LENGTH + " characters");
            return FieldEdit.keep();
        }
        return FieldEdit.set(new UserId(value));
    }
}
