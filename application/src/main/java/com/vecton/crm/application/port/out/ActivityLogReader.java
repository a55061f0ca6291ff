package com.vecton.crm.application.port.out;

import com.vecton.crm.domain.audit.ActivityQuery;
import com.vecton.crm.domain.audit.RecordedActivity;
import com.vecton.crm.domain.listing.Page;
import com.vecton.crm.domain.listing.PageRequest;

/**
 * Reads the audit trail that {@link ActivityLog} writes. Separate from the writer because every
 * changing use case records and almost none reads.
 */
public interface ActivityLogReader {

    /** One page of matching entries, newest first (ties broken by id, newest first). */
    Page<RecordedActivity> find(ActivityQuery query, PageRequest page);
}
