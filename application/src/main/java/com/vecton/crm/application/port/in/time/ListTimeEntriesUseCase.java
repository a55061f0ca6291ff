package com.vecton.crm.application.port.in.time;

import com.vecton.crm.domain.listing.PageRequest;
import com.vecton.crm.domain.time.TimeEntryListing;
import com.vecton.crm.domain.time.TimeEntryQuery;

/** Browse live time entries by owner, project and time range, with minutes per day and per project. */
public interface ListTimeEntriesUseCase {

    TimeEntryListing list(TimeEntryQuery query, PageRequest page);
}
