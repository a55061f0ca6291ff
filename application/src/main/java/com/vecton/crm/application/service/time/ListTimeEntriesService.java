package com.vecton.crm.application.service.time;

import com.vecton.crm.application.port.in.time.ListTimeEntriesUseCase;
import com.vecton.crm.domain.access.Requester;
import com.vecton.crm.domain.access.UserId;
import com.vecton.crm.domain.listing.PageRequest;
import com.vecton.crm.domain.time.TimeEntryAccess;
import com.vecton.crm.domain.time.TimeEntryListing;
import com.vecton.crm.domain.time.TimeEntryQuery;
import java.util.Optional;

/**
 * Lists the live time entries the requester may see, with the minutes of all of them: whose entries
 * the list covers ({@link WhoseTime#scoped}), and of those the ones the requester could open
 * ({@link TimeEntryServices#visible}, checked on what they all share).
 */
public final class ListTimeEntriesService implements ListTimeEntriesUseCase {
    private final TimeEntryServices s;

    public ListTimeEntriesService(TimeEntryServices services) {
        this.s = services;
    }

    @Override
    public TimeEntryListing list(Requester who, Optional<UserId> owner, TimeEntryQuery filters, PageRequest page) {
        var query = s.whoseTime().scoped(who, owner, filters);
        var visible = s.visible().of(who, TimeEntryAccess.collection(), TimeEntryAccess.sharedBy(query));
        return s.entries().list(query, visible, page);
    }
}
