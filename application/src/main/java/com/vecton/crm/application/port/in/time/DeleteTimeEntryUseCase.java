package com.vecton.crm.application.port.in.time;

import com.vecton.crm.domain.audit.Actor;
import com.vecton.crm.domain.time.TimeEntryId;

/** Soft-delete a time entry (a running timer too: it is gone, not stopped). */
public interface DeleteTimeEntryUseCase {

    /** @throws com.vecton.crm.domain.problem.NotFound when the entry is unknown or already deleted */
    void delete(Actor actor, TimeEntryId id);
}
