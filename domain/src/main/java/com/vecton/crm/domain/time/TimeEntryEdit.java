package com.vecton.crm.domain.time;

import com.vecton.crm.domain.edit.FieldEdit;
import com.vecton.crm.domain.project.ProjectId;
import java.time.Instant;

/**
 * A partial update of a time entry ({@code PATCH}); {@link #replacingWith} turns a full
 * replacement ({@code PUT}) into the same shape. The owner is not editable: an entry stays with
 * the user it was recorded for.
 */
public record TimeEntryEdit(FieldEdit<ProjectId> projectId, FieldEdit<Instant> startedAt, FieldEdit<Instant> endedAt,
                            FieldEdit<String> note, FieldEdit<Boolean> billable) {

    public TimeEntryEdit {
        if (projectId == null || startedAt == null || endedAt == null || note == null || billable == null) {
            throw new IllegalArgumentException("an edit says keep or set for every field");
        }
    }

    public static TimeEntryEdit replacingWith(TimeEntryDetails d) {
        return new TimeEntryEdit(FieldEdit.set(d.projectId()), FieldEdit.set(d.startedAt()),
                FieldEdit.set(d.endedAt()), FieldEdit.set(d.note()), FieldEdit.set(d.billable()));
    }

    /**
     * The details after this edit, validated as a whole (an edited end is checked against the kept
     * start). Setting {@code billable} to {@code null} means the default, not billable, as on create.
     */
    public TimeEntryDetails applyTo(TimeEntryDetails d) {
        Boolean newBillable = billable.applyTo(d.billable());
        return new TimeEntryDetails(projectId.applyTo(d.projectId()), startedAt.applyTo(d.startedAt()),
                endedAt.applyTo(d.endedAt()), note.applyTo(d.note()), newBillable != null && newBillable);
    }
}
