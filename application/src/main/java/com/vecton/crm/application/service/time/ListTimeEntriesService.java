package com.vecton.crm.application.service.time;

import com.vecton.crm.application.port.in.time.ListTimeEntriesUseCase;
import com.vecton.crm.domain.access.Requester;
import com.vecton.crm.domain.access.UserId;
import com.vecton.crm.domain.listing.PageRequest;
import com.vecton.crm.domain.time.TimeEntryListing;
import com.vecton.crm.domain.time.TimeEntryQuery;
import java.util.Optional;

/** Lists the live time entries the requester may see ({@link WhoseTime#scoped}), with the minutes of all matches. */
public final class ListTimeEntriesService implements ListTimeEntriesUseCase {
    private final TimeEntryServices s;

    public ListTimeEntriesService(TimeEntryServices services) {
        this.s = services;
    }

    @Override
    public TimeEntryListing list(Requester who, Optional<UserId> owner, TimeEntryQuery filters, PageRequest page) {
        return s.entries().list(s.whoseTime().scoped(who, owner, filters), page);
    }
}
