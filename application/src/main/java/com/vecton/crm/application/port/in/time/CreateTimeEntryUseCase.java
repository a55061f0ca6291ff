package com.vecton.crm.application.port.in.time;

import com.vecton.crm.domain.access.Requester;
import com.vecton.crm.domain.access.UserId;
import com.vecton.crm.domain.time.TimeEntry;
import com.vecton.crm.domain.time.TimeEntryDetails;

/** Record time after the fact: a span with a start and an end. */
public interface CreateTimeEntryUseCase {

    /**
     * @param owner whose time it is; another user's needs {@code time_entries.manage}
     * @param details what was done; with a task and no project, the time goes on the task's project
     * @throws com.vecton.crm.domain.problem.ValidationFailed on {@code ended_at} when absent, on
     *         {@code user_id} or {@code project_id} when not an active user or a live project, on
     *         {@code task_id} when not a live task or not a task of the project given
     * @throws com.vecton.crm.domain.problem.RuleViolated {@code time_entry_overlap} when the owner has time there
     * @throws com.vecton.crm.domain.problem.Forbidden    when the requester may not record this time
     */
    TimeEntry create(Requester who, UserId owner, TimeEntryDetails details);
}
