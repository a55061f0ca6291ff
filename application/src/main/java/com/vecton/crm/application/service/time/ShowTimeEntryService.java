package com.vecton.crm.application.service.time;

import com.vecton.crm.application.port.in.time.ShowTimeEntryUseCase;
import com.vecton.crm.application.port.out.TimeEntryRepository;
import com.vecton.crm.domain.problem.NotFound;
import com.vecton.crm.domain.time.TimeEntry;
import com.vecton.crm.domain.time.TimeEntryId;

/** Reads one time entry. */
public final class ShowTimeEntryService implements ShowTimeEntryUseCase {
    private final TimeEntryRepository entries;

    public ShowTimeEntryService(TimeEntryRepository entries) {
        this.entries = entries;
    }

    @Override
    public TimeEntry show(TimeEntryId id) {
        return entries.findById(id).orElseThrow(() -> new NotFound(TimeEntryServices.SUBJECT, id));
    }

    @Override
    public TimeEntry showLiveOrDeleted(TimeEntryId id) {
        return entries.findLiveOrDeletedById(id).orElseThrow(() -> new NotFound(TimeEntryServices.SUBJECT, id));
    }
}
