package com.vecton.crm.application.service.task;

import com.vecton.crm.application.port.in.task.EditTaskUseCase;
import com.vecton.crm.domain.access.Requester;
import com.vecton.crm.domain.audit.AuditEvent;
import com.vecton.crm.domain.audit.Changes;
import com.vecton.crm.domain.task.Task;
import com.vecton.crm.domain.task.TaskEdit;
import com.vecton.crm.domain.task.TaskId;
import java.util.HashSet;

/**
 * Applies an edit under the locks of the task's project (and of the project it moves to) and of
 * the task, once the requester's policies hold on the task as locked; an edit that changes nothing
 * writes nothing. A new status or project takes the task
 * out of its column (the tasks after it close up) and puts it at the end of the new one. Only what
 * the edit changes is checked: a new project, assignees added, labels added.
 */
public final class EditTaskService implements EditTaskUseCase {
    private final TaskServices s;

    public EditTaskService(TaskServices services) {
        this.s = services;
    }

    @Override
    public Task edit(Requester who, TaskId id, TaskEdit edit) {
        return s.kit().transactions().inTransaction(() -> {
            // The project the edit names, if it names one (keeping the field leaves null): locked too.
            var target = edit.projectId().applyTo(null);
            var current = s.lockLiveTask(who, id, target);
            var before = current.details();
            var after = edit.applyTo(before);
            if (Changes.between(before.asFields(), after.asFields()).isEmpty()) {
                return current;
            }
            var references = new TaskReferences(s);
            if (!after.projectId().equals(before.projectId())) {
                references.project(after.projectId());
            }
            var added = new HashSet<>(after.assigneeIds());
            added.removeAll(before.assigneeIds());
            var addedLabels = new HashSet<>(after.labelIds());
            addedLabels.removeAll(before.labelIds());
            references.assignees(added).labels(addedLabels).check();

            int position = current.position().orElseThrow();
            if (!after.column().equals(before.column())) {
                s.tasks().closeGap(before.column(), position);
                position = s.tasks().countOthers(after.column(), id);
            }
            var now = s.kit().clock().now();
            var edited = current.edit(edit, position, now);
            s.tasks().save(edited);
            s.kit()
                    .audit()
                    .record(
                            who.actor(),
                            TaskServices.SUBJECT,
                            id,
                            AuditEvent.UPDATED,
                            Changes.between(current.asFields(), edited.asFields()),
                            now);
            return edited;
        });
    }
}
