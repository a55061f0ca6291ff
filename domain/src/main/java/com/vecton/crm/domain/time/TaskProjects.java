package com.vecton.crm.domain.time;

import com.vecton.crm.domain.problem.ValidationFailed;
import com.vecton.crm.domain.project.ProjectId;
import com.vecton.crm.domain.task.TaskId;

/**
 * How the time entry rules learn which project a task belongs to: time is booked on a task's own
 * project, and only on a live task. The use case answers from the task store.
 */
@FunctionalInterface
public interface TaskProjects {

    /** @throws ValidationFailed on {@code task_id} ({@link #notALiveTask()}) when the task is unknown or deleted */
    ProjectId ofLiveTask(TaskId task);

    /** The refusal of a task that is unknown or deleted, worded once for every implementation. */
    static ValidationFailed notALiveTask() {
        return ValidationFailed.of("task_id", "must be a live task");
    }
}
