package com.vecton.crm.adapter.in.rest.label;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.vecton.crm.adapter.in.rest.input.InputErrors;
import com.vecton.crm.adapter.in.rest.input.JsonBody;
import com.vecton.crm.domain.label.TaskLabelDetails;
import com.vecton.crm.domain.label.TaskLabelEdit;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The fields a client may send for a task label, and how a body becomes domain input. The record
 * only documents the shape (OpenAPI); bodies are read from the JSON tree.
 */
@Schema(
        name = "TaskLabelInput",
        example = "{\"name\": \"Urgent\", \"color\": \"#D32F2F\"}",
        description = "POST and PUT need name; an absent or null color is #9E9E9E; PATCH changes only the fields sent")
record TaskLabelInput(
        @JsonProperty("name")
        @Schema(maxLength = TaskLabelDetails.MAX_NAME, description = "unique, compared case-insensitively")
        String name,

        @JsonProperty("color")
        @Schema(nullable = true, pattern = "^#[0-9A-Fa-f]{6}$", description = "stored upper-case; default #9E9E9E")
        String color) {

    /** For POST and PUT: every field, absent ones as {@code null}, validated as a whole. */
    static TaskLabelDetails details(JsonBody body) {
        var errors = new InputErrors();
        String name = body.textOrNull("name", errors);
        String color = body.textOrNull("color", errors);
        TaskLabelDetails details = errors.capture(() -> new TaskLabelDetails(name, color));
        errors.throwIfAny();
        return details;
    }

    /** For PATCH: only the fields present change; the domain validates the result. */
    static TaskLabelEdit edit(JsonBody body) {
        var errors = new InputErrors();
        var edit = new TaskLabelEdit(body.text("name", errors), body.text("color", errors));
        errors.throwIfAny();
        return edit;
    }
}
