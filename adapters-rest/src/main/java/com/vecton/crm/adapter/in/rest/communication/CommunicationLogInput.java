package com.vecton.crm.adapter.in.rest.communication;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.vecton.crm.adapter.in.rest.input.InputErrors;
import com.vecton.crm.adapter.in.rest.input.JsonBody;
import com.vecton.crm.domain.communication.CommunicationLogDetails;
import com.vecton.crm.domain.communication.CommunicationLogEdit;
import com.vecton.crm.domain.communication.CommunicationType;
import com.vecton.crm.domain.communication.Direction;
import com.vecton.crm.domain.company.CompanyId;
import com.vecton.crm.domain.contact.ContactId;
import com.vecton.crm.domain.deal.DealId;
import com.vecton.crm.domain.edit.FieldEdit;
import com.vecton.crm.domain.problem.ValidationFailed;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.function.Function;
import java.util.function.LongFunction;

/**
 * The fields a client may send for a communication log entry, and how a body becomes domain input.
 * The record only documents the shape (OpenAPI); bodies are read from the JSON tree, where PATCH can
 * tell an absent field from a {@code null} one.
 */
@Schema(
        name = "CommunicationLogInput",
        example = "{\"type\": \"call\", \"direction\": \"outbound\", \"subject\": \"Renewal\","
                + " \"body\": \"Talked about the renewal.\", \"occurred_at\": \"2026-11-20T09:00:00Z\","
                + " \"duration_minutes\": 15, \"contact_id\": 1, \"visible_to_customer\": false}",
        description = "POST and PUT need type and contact_id, company_id or deal_id; PATCH changes only the fields sent"
                + " (null clears)")
record CommunicationLogInput(
        @JsonProperty("type") @Schema(allowableValues = {"call", "email", "meeting", "note", "sms"})
        String type,

        @JsonProperty("direction")
        @Schema(
                nullable = true,
                allowableValues = {"inbound", "outbound"},
                description = "not for notes")
        String direction,

        @JsonProperty("subject") @Schema(nullable = true, maxLength = CommunicationLogDetails.MAX_SUBJECT)
        String subject,

        @JsonProperty("body") @Schema(nullable = true, maxLength = CommunicationLogDetails.MAX_BODY)
        String body,

        @JsonProperty("occurred_at")
        @Schema(nullable = true, format = "date-time", description = "default: the time of the request")
        String occurredAt,

        @JsonProperty("duration_minutes")
        @Schema(nullable = true, minimum = "0", maximum = "1440", description = "calls and meetings only")
        Integer durationMinutes,

        @JsonProperty("contact_id")
        @Schema(nullable = true, minimum = "1", description = "also links the contact's company, unless one is named")
        Long contactId,

        @JsonProperty("company_id") @Schema(nullable = true, minimum = "1")
        Long companyId,

        @JsonProperty("deal_id")
        @Schema(nullable = true, minimum = "1", description = "also links the deal's company, unless one is named")
        Long dealId,

        @JsonProperty("visible_to_customer")
        @Schema(nullable = true, description = "shown in the customer portal; default false")
        Boolean visibleToCustomer) {

    /** For POST and PUT: every field, absent ones as {@code null}, validated as a whole. */
    static CommunicationLogDetails details(JsonBody body) {
        var errors = new InputErrors();
        var edit = edit(body, errors);
        CommunicationLogDetails details = errors.capture(() -> new CommunicationLogDetails(
                edit.type().applyTo(null),
                edit.direction().applyTo(null),
                edit.subject().applyTo(null),
                edit.body().applyTo(null),
                edit.occurredAt().applyTo(null),
                edit.durationMinutes().applyTo(null),
                edit.contactId().applyTo(null),
                edit.companyId().applyTo(null),
                edit.dealId().applyTo(null),
                Boolean.TRUE.equals(edit.visibleToCustomer().applyTo(null))));
        errors.throwIfAny();
        return details;
    }

    /** For PATCH: only the fields present change; the domain validates the result. */
    static CommunicationLogEdit edit(JsonBody body) {
        var errors = new InputErrors();
        var edit = edit(body, errors);
        errors.throwIfAny();
        return edit;
    }

    private static CommunicationLogEdit edit(JsonBody body, InputErrors errors) {
        return new CommunicationLogEdit(
                parsed(body.text("type", errors), text -> CommunicationType.parse("type", text), errors),
                parsed(body.text("direction", errors), text -> Direction.parse("direction", text), errors),
                body.text("subject", errors),
                body.text("body", errors),
                body.instant("occurred_at", errors),
                duration(body.integer("duration_minutes", 0, Integer.MAX_VALUE, errors)),
                id(body.integer("contact_id", 1, Long.MAX_VALUE, errors), ContactId::new),
                id(body.integer("company_id", 1, Long.MAX_VALUE, errors), CompanyId::new),
                id(body.integer("deal_id", 1, Long.MAX_VALUE, errors), DealId::new),
                body.flag("visible_to_customer"));
    }

    private static <T> FieldEdit<T> parsed(FieldEdit<String> raw, Function<String, T> parse, InputErrors errors) {
        if (!(raw instanceof FieldEdit.Set<String> set)) {
            return FieldEdit.keep();
        }
        if (set.value() == null) {
            return FieldEdit.set(null);
        }
        try {
            return FieldEdit.set(parse.apply(set.value()));
        } catch (ValidationFailed invalid) {
            invalid.errors().forEach((field, messages) -> messages.forEach(m -> errors.add(field, m)));
            return FieldEdit.keep();
        }
    }

    private static FieldEdit<Integer> duration(FieldEdit<Long> raw) {
        if (!(raw instanceof FieldEdit.Set<Long> set)) {
            return FieldEdit.keep();
        }
        return FieldEdit.set(set.value() == null ? null : (int) Math.min(set.value(), Integer.MAX_VALUE));
    }

    private static <I> FieldEdit<I> id(FieldEdit<Long> raw, LongFunction<I> ids) {
        if (!(raw instanceof FieldEdit.Set<Long> set)) {
            return FieldEdit.keep();
        }
        if (set.value() == null) {
            return FieldEdit.set(null);
        }
        return set.value() < 1 ? FieldEdit.keep() : FieldEdit.set(ids.apply(set.value()));
    }
}
