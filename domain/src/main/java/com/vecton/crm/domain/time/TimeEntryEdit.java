package com.vecton.crm.domain.time;

import com.vecton.crm.domain.edit.FieldEdit;
import com.vecton.crm.domain.project.ProjectId;
import com.vecton.crm.domain.task.TaskId;
import java.time.Instant;

/**
 * A partial update of a time entry ({@code PATCH}); {@link #replacingWith} turns a full
 * replacement ({@code PUT}) into the same shape. The owner is not editable: an entry stays with
 * the user it was recorded for.
 */
public record TimeEntryEdit(
        FieldEdit<ProjectId> projectId,
        FieldEdit<TaskId> taskId,
        FieldEdit<Instant> startedAt,
        FieldEdit<Instant> endedAt,
        FieldEdit<String> note,
        FieldEdit<Boolean> billable) {

    public TimeEntryEdit {
        FieldEdit.requireEvery("an edit", projectId, taskId, startedAt, endedAt, note, billable);
    }

    public static TimeEntryEdit replacingWith(TimeEntryDetails d) {
        return new TimeEntryEdit(
                FieldEdit.set(d.projectId()),
                FieldEdit.set(d.taskId()),
                FieldEdit.set(d.startedAt()),
                FieldEdit.set(d.endedAt()),
                FieldEdit.set(d.note()),
                FieldEdit.set(d.billable()));
    }

    /**
     * The details after this edit, validated as a whole (an edited end is checked against the kept
     * start). Setting {@code billable} to {@code null} means the default, not billable, as on create.
     *
     * <p>What the entry is booked on follows {@link TimeEntryDetails#bookedOn}, applied only when the
     * edit moves the entry to another task, or to another project while it keeps a task: then the
     * project is the (live) task's, and a project sent along must be it. An edit that leaves task and
     * project as they are looks nothing up, so an entry whose task was deleted or moved since stays
     * editable, as one on a deleted project does. A task sent without a project takes its project
     * with it; a project sent as {@code null} beside an unchanged task keeps the entry's project.
     */
    public TimeEntryDetails applyTo(TimeEntryDetails d, TaskProjects tasks) {
        Boolean newBillable = billable.applyTo(d.billable());
        TaskId task = taskId.applyTo(d.taskId());
        ProjectId sentProject = projectId instanceof FieldEdit.Set<ProjectId> set ? set.value() : null;
        boolean rebooked =
                task != null && (!task.equals(d.taskId()) || sentProject != null && !sentProject.equals(d.projectId()));
        ProjectId project;
        if (rebooked) {
            project = sentProject;
        } else if (task != null) {
            project = d.projectId();
        } else {
            project = projectId.applyTo(d.projectId());
        }
        var edited = new TimeEntryDetails(
                project,
                task,
                startedAt.applyTo(d.startedAt()),
                endedAt.applyTo(d.endedAt()),
                note.applyTo(d.note()),
                newBillable != null && newBillable);
        return rebooked ? edited.bookedOn(tasks) : edited;
    }
}
