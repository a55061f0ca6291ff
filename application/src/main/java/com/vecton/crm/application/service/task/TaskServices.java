package com.vecton.crm.application.service.task;

import com.vecton.crm.application.port.out.ProjectRepository;
import com.vecton.crm.application.port.out.TaskLabelRepository;
import com.vecton.crm.application.port.out.TaskRepository;
import com.vecton.crm.application.port.out.TenantUsers;
import com.vecton.crm.application.service.lifecycle.RecordType;
import com.vecton.crm.application.service.lifecycle.UseCaseKit;
import com.vecton.crm.application.service.lifecycle.VisibleRecords;
import com.vecton.crm.domain.access.Permission;
import com.vecton.crm.domain.access.Requester;
import com.vecton.crm.domain.access.ResourceName;
import com.vecton.crm.domain.access.Visibility;
import com.vecton.crm.domain.problem.NotFound;
import com.vecton.crm.domain.project.Project;
import com.vecton.crm.domain.project.ProjectId;
import com.vecton.crm.domain.task.Task;
import com.vecton.crm.domain.task.TaskAccess;
import com.vecton.crm.domain.task.TaskId;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

/**
 * What every task use case needs from the outside; one value so wiring stays short. Also the
 * locking order all of them follow: project rows first (ascending id), then the task, then labels.
 * Every change to a board's columns holds the lock of the project row, so creates, moves, deletes
 * and restores in one project run one after another and each sees the positions the previous left.
 */
public record TaskServices(
        TaskRepository tasks,
        ProjectRepository projects,
        TaskLabelRepository labels,
        TenantUsers users,
        UseCaseKit kit) {
    /** The subject type of tasks in the audit trail. */
    public static final String SUBJECT = "task";

    /** What opening one task needs, and so what a list of tasks needs on each of them. */
    public static final Permission VIEW = new Permission("tasks.view");

    /**
     * Tasks as the lifecycle use cases see them: locked after their project, as every change to a
     * board is. A deleted task leaves its column (the tasks after it close up); a restored one
     * comes back at the end of its column.
     */
    public RecordType<TaskId, Task> type() {
        return RecordType.<TaskId, Task>softDeleted(
                        SUBJECT,
                        tasks,
                        kit::admit,
                        (task, now) -> {
                            tasks.closeGap(task.column(), task.position().orElseThrow());
                            return task.delete(now);
                        },
                        (task, now) -> task.undelete(tasks.countOthers(task.column(), task.id()), now))
                .lockedBy(id -> Optional.of(lockTask(id, null)));
    }

    /**
     * The task, live or deleted, locked after its project (and {@code alsoLock}, when not
     * {@code null}) so that its column can be changed. 404 when unknown.
     */
    Task lockTask(TaskId id, ProjectId alsoLock) {
        while (true) {
            var project = tasks.projectOf(id).orElseThrow(() -> new NotFound(SUBJECT, id));
            var ids = new TreeSet<Long>();
            ids.add(project.value());
            if (alsoLock != null) {
                ids.add(alsoLock.value());
            }
            ids.forEach(p -> projects.lockById(new ProjectId(p)));
            var task = tasks.lockById(id).orElseThrow(() -> new NotFound(SUBJECT, id));
            if (Objects.equals(task.details().projectId(), project)) {
                return task;
            }
            // An edit moved the task to another project between the look and the lock; the lock
            // taken guards the old board only, so look again.
        }
    }

    /**
     * The live task, locked as {@link #lockTask} does, once the requester's policies and
     * precondition hold on it as locked ({@link RecordType#admitChange}); 404 when unknown or deleted.
     */
    Task lockLiveTask(Requester who, TaskId id, ProjectId alsoLock) {
        var task = lockTask(id, alsoLock);
        if (task.isDeleted()) {
            throw new NotFound(SUBJECT, id);
        }
        kit.admit(who, task);
        RecordType.requireCondition(who, task);
        return task;
    }

    /** Which tasks a list may show: those the requester could open ({@code tasks.view}). */
    public VisibleRecords visible() {
        return kit.visible(Task.RESOURCE_TYPE, VIEW, TaskAccess.FILTERABLE);
    }

    /** The tasks of one project the requester may list, checked on {@code crm:projects/{id}} with its project known. */
    Visibility visibleInProject(Requester who, ProjectId project) {
        return visible()
                .of(
                        who,
                        ResourceName.item(Project.RESOURCE_TYPE, project.value()),
                        TaskAccess.attributesOfProject(project));
    }
}
