package com.vecton.crm.application.service.time;

import com.vecton.crm.application.port.in.time.ListTimeEntriesUseCase;
import com.vecton.crm.application.port.out.TimeEntryRepository;
import com.vecton.crm.domain.listing.PageRequest;
import com.vecton.crm.domain.time.TimeEntryListing;
import com.vecton.crm.domain.time.TimeEntryQuery;

/** Lists live time entries with the minutes of all matches per day and per project. */
public final class ListTimeEntriesService implements ListTimeEntriesUseCase {
    private final TimeEntryRepository entries;

    public ListTimeEntriesService(TimeEntryRepository entries) {
        this.entries = entries;
    }

    @Override
    public TimeEntryListing list(TimeEntryQuery query, PageRequest page) {
        return entries.list(query, page);
    }
}
