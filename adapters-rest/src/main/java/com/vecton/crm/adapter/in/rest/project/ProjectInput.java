package com.vecton.crm.adapter.in.rest.project;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.vecton.crm.adapter.in.rest.input.InputErrors;
import com.vecton.crm.adapter.in.rest.input.JsonBody;
import com.vecton.crm.domain.access.UserId;
import com.vecton.crm.domain.edit.FieldEdit;
import com.vecton.crm.domain.project.ProjectDetails;
import com.vecton.crm.domain.project.ProjectEdit;
import com.vecton.crm.domain.project.ProjectStatus;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;

/**
 * The fields a client may send for a project, and how a body becomes domain input. The record
 * only documents the shape (OpenAPI); bodies are read from the JSON tree. A malformed or
 * unstorable date, an unknown status or an impossible user id is a 422 on its field, gathered with
 * the domain's own.
 */
@Schema(
        name = "ProjectInput",
        example =
                "{\"name\": \"Website relaunch\", \"status\": \"active\", \"start_date\": \"2026-12-01\", \"end_date\": \"2027-03-31\", \"owner_id\": \"u-admin\"}",
        description = "POST and PUT need name; PATCH changes only the fields sent (null clears)")
record ProjectInput(
        @JsonProperty("name") @Schema(maxLength = ProjectDetails.MAX_NAME)
        String name,

        @JsonProperty("description") @Schema(nullable = true, maxLength = ProjectDetails.MAX_DESCRIPTION)
        String description,

        @JsonProperty("status")
        @Schema(
                nullable = true,
                allowableValues = {"active", "on_hold", "completed", "archived"},
                defaultValue = "active")
        String status,

        @JsonProperty("start_date") @Schema(nullable = true, format = "date")
        String startDate,

        @JsonProperty("end_date") @Schema(nullable = true, format = "date", description = "not before start_date")
        String endDate,

        @JsonProperty("owner_id") @Schema(nullable = true, description = "an active user of the tenant")
        String ownerId) {

    /** For POST and PUT: every field, absent ones as {@code null}, validated as a whole. */
    static ProjectDetails details(JsonBody body) {
        var errors = new InputErrors();
        String name = body.textOrNull("name", errors);
        String description = body.textOrNull("description", errors);
        ProjectStatus status = status(body.text("status", errors), errors).applyTo(null);
        LocalDate startDate = body.date("start_date", errors).applyTo(null);
        LocalDate endDate = body.date("end_date", errors).applyTo(null);
        UserId ownerId = userId(body.text("owner_id", errors), errors).applyTo(null);
        ProjectDetails details =
                errors.capture(() -> new ProjectDetails(name, description, status, startDate, endDate, ownerId));
        errors.throwIfAny();
        return details;
    }

    /** For PATCH: only the fields present change; the domain validates the result. */
    static ProjectEdit edit(JsonBody body) {
        var errors = new InputErrors();
        var edit = new ProjectEdit(
                body.text("name", errors),
                body.text("description", errors),
                status(body.text("status", errors), errors),
                body.date("start_date", errors),
                body.date("end_date", errors),
                userId(body.text("owner_id", errors), errors));
        errors.throwIfAny();
        return edit;
    }

    private static FieldEdit<ProjectStatus> status(FieldEdit<String> raw, InputErrors errors) {
        if (!(raw instanceof FieldEdit.Set<String> set)) {
            return FieldEdit.keep();
        }
        if (set.value() == null) {
            return FieldEdit.set(null);
        }
        ProjectStatus status = errors.capture(() -> ProjectStatus.parse("status", set.value()));
        return status == null ? FieldEdit.keep() : FieldEdit.set(status);
    }

    /** Blank means no owner, as blank texts mean absent elsewhere; a user id too long to exist is refused. */
    private static FieldEdit<UserId> userId(FieldEdit<String> raw, InputErrors errors) {
        if (!(raw instanceof FieldEdit.Set<String> set)) {
            return FieldEdit.keep();
        }
        if (set.value() == null || set.value().isBlank()) {
            return FieldEdit.set(null);
        }
        try {
            return FieldEdit.set(new UserId(set.value().strip()));
        } catch (IllegalArgumentException impossible) {
            errors.add("owner_id", "must be an active user of this tenant");
            return FieldEdit.keep();
        }
    }
}
