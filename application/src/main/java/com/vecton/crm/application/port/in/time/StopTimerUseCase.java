package com.vecton.crm.application.port.in.time;

import com.vecton.crm.domain.audit.Actor;
import com.vecton.crm.domain.time.TimeEntry;
import com.vecton.crm.domain.time.TimeEntryId;

/** Stop a running timer now. */
public interface StopTimerUseCase {

    /**
     * @throws com.vecton.crm.domain.problem.NotFound     when the entry is unknown or deleted
     * @throws com.vecton.crm.domain.problem.RuleViolated {@code timer_not_running} when it has an end already
     */
    TimeEntry stop(Actor actor, TimeEntryId id);
}
