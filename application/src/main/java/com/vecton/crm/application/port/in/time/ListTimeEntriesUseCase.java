package com.vecton.crm.application.port.in.time;

import com.vecton.crm.domain.access.Requester;
import com.vecton.crm.domain.access.UserId;
import com.vecton.crm.domain.listing.PageRequest;
import com.vecton.crm.domain.time.TimeEntryListing;
import com.vecton.crm.domain.time.TimeEntryQuery;
import java.util.Optional;

/** Browse live time entries by owner, project and time range, with minutes per day and per project. */
public interface ListTimeEntriesUseCase {

    /**
     * @param owner   whose entries: another user's needs {@code time_entries.manage}; absent,
     *                everybody's for a requester with it, else the requester's own
     * @param filters the other filters (an owner in them is replaced)
     * @throws com.vecton.crm.domain.problem.Forbidden when the requester may not list these entries
     */
    TimeEntryListing list(Requester who, Optional<UserId> owner, TimeEntryQuery filters, PageRequest page);
}
