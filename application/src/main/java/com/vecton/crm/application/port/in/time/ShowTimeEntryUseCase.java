package com.vecton.crm.application.port.in.time;

import com.vecton.crm.domain.time.TimeEntry;
import com.vecton.crm.domain.time.TimeEntryId;

/** Read one time entry: a live one, or (what a restore is authorised against) a deleted one too. */
public interface ShowTimeEntryUseCase {

    /** @throws com.vecton.crm.domain.problem.NotFound when the entry is unknown or deleted */
    TimeEntry show(TimeEntryId id);

    /** @throws com.vecton.crm.domain.problem.NotFound when the entry is unknown */
    TimeEntry showLiveOrDeleted(TimeEntryId id);
}
