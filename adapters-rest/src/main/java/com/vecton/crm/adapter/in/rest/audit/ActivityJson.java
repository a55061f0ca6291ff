package com.vecton.crm.adapter.in.rest.audit;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.vecton.crm.adapter.in.rest.openapi.OpenApiDocument;
import com.vecton.crm.domain.access.UserId;
import com.vecton.crm.domain.audit.ActivityEntry;
import com.vecton.crm.domain.audit.RecordedActivity;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** An entry of the audit trail as the API shows it; {@code changes} exactly as stored. */
@Schema(name = "Activity")
record ActivityJson(
        @JsonProperty("id") long id,
        @JsonProperty("occurred_at") Instant occurredAt,
        @JsonProperty("actor_user_id") String actorUserId,

        @JsonProperty("impersonator_id")
        @Schema(nullable = true, description = "the administrator who acted as the actor")
        String impersonatorId,

        @JsonProperty("subject_type") @Schema(description = "singular, e.g. contact, company, task_label")
        String subjectType,

        @JsonProperty("subject_id") String subjectId,

        @JsonProperty("event") @Schema(description = "e.g. created, updated, deleted, restored")
        String event,

        @JsonProperty("changes") @Schema(description = "{field: {before, after}}; empty when nothing is recorded")
        Map<String, Change> changes) {

    /**
     * One field's values around a change, each as the API shows that field (a text, number,
     * boolean, list of ids, or null when it had none), so the document admits any JSON value.
     */
    @Schema(name = "FieldChange", description = "one field's value before and after the change")
    record Change(
            @JsonProperty("before")
            @Schema(ref = OpenApiDocument.ANY_VALUE_REF, requiredMode = Schema.RequiredMode.REQUIRED)
            Object before,

            @JsonProperty("after")
            @Schema(ref = OpenApiDocument.ANY_VALUE_REF, requiredMode = Schema.RequiredMode.REQUIRED)
            Object after) {}

    static ActivityJson from(RecordedActivity activity) {
        ActivityEntry e = activity.entry();
        var changes = new LinkedHashMap<String, Change>();
        e.changes()
                .fields()
                .forEach((field, change) -> changes.put(field, new Change(change.before(), change.after())));
        UserId impersonator = e.actor().impersonatorId();
        return new ActivityJson(
                activity.id(),
                e.occurredAt(),
                e.actor().userId().value(),
                impersonator == null ? null : impersonator.value(),
                e.subjectType(),
                e.subjectId(),
                e.event().apiName(),
                changes);
    }
}
