package com.vecton.crm.domain.time;

import com.vecton.crm.domain.edit.Text;
import com.vecton.crm.domain.problem.FieldErrors;
import com.vecton.crm.domain.project.ProjectId;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a user may set on a time entry. Validates all fields at once; the note is trimmed and a
 * blank one becomes absent. An absent {@code endedAt} is a running timer, open-ended. That the
 * project is live is a rule about stored data, checked by the use case.
 */
public record TimeEntryDetails(ProjectId projectId, Instant startedAt, Instant endedAt, String note,
                               boolean billable) {
    public static final int NOTE_MAX_LENGTH = 2_000;

    public TimeEntryDetails {
        note = Text.clean(note);

        var errors = new FieldErrors();
        if (projectId == null) {
            errors.add("project_id", "is required");
        }
        if (startedAt == null) {
            errors.add("started_at", "is required");
        }
        if (endsAtOrBeforeItStarts(startedAt, endedAt)) {
            errors.add("ended_at", "must be after started_at");
        }
        errors.maxLength("note", note, NOTE_MAX_LENGTH);
        errors.throwIfAny();
    }

    /** The time rule: an entry lasts a positive time; an open end (a running timer) is fine. */
    public static boolean endsAtOrBeforeItStarts(Instant start, Instant end) {
        return start != null && end != null && !end.isAfter(start);
    }

    public boolean isRunning() {
        return endedAt == null;
    }

    /**
     * Whole minutes between start and end, rounded down (59 s count 0); {@code null} while running.
     * The database derives its {@code duration_minutes} column the same way (V10).
     */
    public Long durationMinutes() {
        return endedAt == null ? null : Duration.between(startedAt, endedAt).toMinutes();
    }

    public TimeEntryDetails endedAt(Instant end) {
        return new TimeEntryDetails(projectId, startedAt, end, note, billable);
    }

    /** The fields by API name, for the audit trail's before/after. */
    public Map<String, Object> asFields() {
        var fields = new LinkedHashMap<String, Object>();
        fields.put("project_id", projectId.value());
        fields.put("started_at", startedAt.toString());
        fields.put("ended_at", endedAt == null ? null : endedAt.toString());
        fields.put("duration_minutes", durationMinutes());
        fields.put("note", note);
        fields.put("billable", billable);
        return fields;
    }
}
