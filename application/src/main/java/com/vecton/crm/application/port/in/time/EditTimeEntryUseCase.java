package com.vecton.crm.application.port.in.time;

import com.vecton.crm.domain.access.Requester;
import com.vecton.crm.domain.time.TimeEntry;
import com.vecton.crm.domain.time.TimeEntryEdit;
import com.vecton.crm.domain.time.TimeEntryId;

/** Change some or all of a time entry's details; its owner stays. */
public interface EditTimeEntryUseCase {

    /**
     * @throws com.vecton.crm.domain.problem.NotFound         when the entry is unknown or deleted, or another
     *         user's to a requester without {@code time_entries.manage}
     * @throws com.vecton.crm.domain.problem.Forbidden        when the requester's policies refuse the entry
     * @throws com.vecton.crm.domain.problem.ValidationFailed on {@code ended_at} when not after the start
     *         or cleared on a stopped entry, on {@code project_id} when changed to a project that is not live,
     *         on {@code task_id} when changed to a task that is not live or not on the project (see
     *         {@link TimeEntryEdit#applyTo})
     * @throws com.vecton.crm.domain.problem.RuleViolated     {@code time_entry_overlap}
     */
    TimeEntry edit(Requester who, TimeEntryId id, TimeEntryEdit edit);
}
