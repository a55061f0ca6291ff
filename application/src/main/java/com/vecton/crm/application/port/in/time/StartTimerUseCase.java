package com.vecton.crm.application.port.in.time;

import com.vecton.crm.domain.access.Requester;
import com.vecton.crm.domain.access.UserId;
import com.vecton.crm.domain.project.ProjectId;
import com.vecton.crm.domain.task.TaskId;
import com.vecton.crm.domain.time.TimeEntry;

/** Start a timer for a user: an entry that begins now and runs until stopped. */
public interface StartTimerUseCase {

    /**
     * @param owner   whose time it is; another user's needs {@code time_entries.manage}
     * @param project the project, or {@code null} when {@code task} is given (the timer runs on its project)
     * @param task    the task, or {@code null}
     * @throws com.vecton.crm.domain.problem.ValidationFailed on {@code user_id} for an unknown or inactive
     *         user, on {@code project_id} for an unknown or deleted project or when neither is given, on
     *         {@code task_id} for a task that is not live or not on {@code project}, on {@code note} when too long
     * @throws com.vecton.crm.domain.problem.RuleViolated {@code timer_already_running} when the owner has one,
     *         {@code time_entry_overlap} when a stopped entry of the owner reaches past now
     */
    TimeEntry start(Requester who, UserId owner, ProjectId project, TaskId task, String note, boolean billable);
}
