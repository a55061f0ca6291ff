package com.vecton.crm.application.port.in.audit;

import com.vecton.crm.domain.audit.ActivityQuery;
import com.vecton.crm.domain.audit.RecordedActivity;
import com.vecton.crm.domain.listing.Page;
import com.vecton.crm.domain.listing.PageRequest;

/** Read the audit trail, newest first, narrowed by subject, actor and time. */
public interface ListActivityUseCase {

    Page<RecordedActivity> list(ActivityQuery query, PageRequest page);
}
