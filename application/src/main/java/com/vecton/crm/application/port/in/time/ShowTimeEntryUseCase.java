package com.vecton.crm.application.port.in.time;

import com.vecton.crm.domain.time.TimeEntry;
import com.vecton.crm.domain.time.TimeEntryId;

/** Read one live time entry. */
public interface ShowTimeEntryUseCase {

    /** @throws com.vecton.crm.domain.problem.NotFound when the entry is unknown or deleted */
    TimeEntry show(TimeEntryId id);
}
