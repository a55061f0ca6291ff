package com.vecton.crm.domain.project;

import com.vecton.crm.domain.access.UserId;
import com.vecton.crm.domain.edit.Text;
import com.vecton.crm.domain.problem.FieldErrors;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a user may set on a project. Validates all fields at once; texts are trimmed and blank
 * ones become absent, an absent status is {@link ProjectStatus#DEFAULT}. That the owner is a
 * known, active user is a rule about stored data, checked by the use case.
 */
public record ProjectDetails(
        String name, String description, ProjectStatus status, LocalDate startDate, LocalDate endDate, UserId ownerId) {
    public static final int MAX_NAME = 200;
    public static final int MAX_DESCRIPTION = 10_000;

    public ProjectDetails {
        name = Text.clean(name);
        description = Text.clean(description);
        status = status == null ? ProjectStatus.DEFAULT : status;

        var errors = new FieldErrors();
        if (name == null) {
            errors.add("name", "is required");
        }
        errors.maxLength("name", name, MAX_NAME).maxLength("description", description, MAX_DESCRIPTION);
        if (endsBeforeItStarts(startDate, endDate)) {
            errors.add("end_date", "must not be before start_date");
        }
        errors.throwIfAny();
    }

    /** The dates rule: an open end or an open start is fine; an end before the start is not. */
    public static boolean endsBeforeItStarts(LocalDate start, LocalDate end) {
        return start != null && end != null && end.isBefore(start);
    }

    /** The fields by API name, for the audit trail's before/after. */
    public Map<String, Object> asFields() {
        var fields = new LinkedHashMap<String, Object>();
        fields.put("name", name);
        fields.put("description", description);
        fields.put("status", status.apiName());
        fields.put("start_date", startDate == null ? null : startDate.toString());
        fields.put("end_date", endDate == null ? null : endDate.toString());
        fields.put("owner_id", ownerId == null ? null : ownerId.value());
        return fields;
    }
}
