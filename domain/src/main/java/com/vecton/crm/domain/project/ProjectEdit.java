package com.vecton.crm.domain.project;

import com.vecton.crm.domain.access.UserId;
import com.vecton.crm.domain.edit.FieldEdit;
import java.time.LocalDate;

/**
 * A partial update of a project ({@code PATCH}); {@link #replacingWith} turns a full
 * replacement ({@code PUT}) into the same shape. Setting the status to {@code null} means the
 * default status, as on create.
 */
public record ProjectEdit(
        FieldEdit<String> name,
        FieldEdit<String> description,
        FieldEdit<ProjectStatus> status,
        FieldEdit<LocalDate> startDate,
        FieldEdit<LocalDate> endDate,
        FieldEdit<UserId> ownerId) {

    public static ProjectEdit replacingWith(ProjectDetails d) {
        return new ProjectEdit(
                FieldEdit.set(d.name()),
                FieldEdit.set(d.description()),
                FieldEdit.set(d.status()),
                FieldEdit.set(d.startDate()),
                FieldEdit.set(d.endDate()),
                FieldEdit.set(d.ownerId()));
    }

    /** The details after this edit, validated as a whole (an edited end date is checked against the kept start). */
    public ProjectDetails applyTo(ProjectDetails p) {
        return new ProjectDetails(
                name.applyTo(p.name()),
                description.applyTo(p.description()),
                status.applyTo(p.status()),
                startDate.applyTo(p.startDate()),
                endDate.applyTo(p.endDate()),
                ownerId.applyTo(p.ownerId()));
    }
}
