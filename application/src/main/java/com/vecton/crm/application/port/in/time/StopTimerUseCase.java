package com.vecton.crm.application.port.in.time;

import com.vecton.crm.domain.access.Requester;
import com.vecton.crm.domain.time.TimeEntry;
import com.vecton.crm.domain.time.TimeEntryId;

/** Stop a running timer now. */
public interface StopTimerUseCase {

    /**
     * @throws com.vecton.crm.domain.problem.NotFound     when the entry is unknown or deleted, or another user's
     *         to a requester without {@code time_entries.manage}
     * @throws com.vecton.crm.domain.problem.Forbidden    when the requester's policies refuse the entry
     * @throws com.vecton.crm.domain.problem.RuleViolated {@code timer_not_running} when it has an end already
     */
    TimeEntry stop(Requester who, TimeEntryId id);
}
