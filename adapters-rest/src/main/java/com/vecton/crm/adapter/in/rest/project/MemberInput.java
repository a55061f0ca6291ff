package com.vecton.crm.adapter.in.rest.project;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.vecton.crm.adapter.in.rest.input.InputErrors;
import com.vecton.crm.adapter.in.rest.input.JsonBody;
import com.vecton.crm.domain.access.UserId;
import com.vecton.crm.domain.project.MemberRole;
import io.swagger.v3.oas.annotations.media.Schema;

/** What a client sends to add a project member. The record only documents the shape (OpenAPI). */
@Schema(name = "ProjectMemberInput", example = "{\"user_id\": \"u-reader\", \"role\": \"member\"}")
record MemberInput(
        @JsonProperty("user_id")
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "an active user of the tenant")
        String userId,

        @JsonProperty("role")
        @Schema(
                nullable = true,
                allowableValues = {"manager", "member", "viewer"},
                defaultValue = "member")
        String role) {

    /** The parsed request: who, in which role. */
    record Parsed(UserId userId, MemberRole role) {}

    static Parsed read(JsonBody body) {
        var errors = new InputErrors();
        String rawUser = body.textOrNull("user_id", errors);
        UserId user = null;
        if (rawUser == null || rawUser.isBlank()) {
            errors.add("user_id", "is required");
        } else {
            try {
                user = new UserId(rawUser.strip());
            } catch (IllegalArgumentException impossible) {
                errors.add("user_id", "must be an active user of this tenant");
            }
        }
        String rawRole = body.textOrNull("role", errors);
        MemberRole role = errors.capture(() -> MemberRole.parse(rawRole));
        errors.throwIfAny();
        return new Parsed(user, role);
    }
}
