package com.vecton.crm.application.port.in.time;

import com.vecton.crm.domain.audit.Actor;
import com.vecton.crm.domain.time.TimeEntry;
import com.vecton.crm.domain.time.TimeEntryId;

/** Bring back a deleted time entry; restoring a live one returns it unchanged. */
public interface RestoreTimeEntryUseCase {

    /**
     * @throws com.vecton.crm.domain.problem.NotFound     when the entry is unknown
     * @throws com.vecton.crm.domain.problem.RuleViolated {@code time_entry_overlap} when its time has since
     *         been taken by another entry, {@code timer_already_running} when it is a timer and another runs
     */
    TimeEntry restore(Actor actor, TimeEntryId id);
}
