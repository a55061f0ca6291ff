package com.vecton.crm.application.service.audit;

import com.vecton.crm.application.port.in.audit.ListActivityUseCase;
import com.vecton.crm.application.port.out.ActivityLogReader;
import com.vecton.crm.domain.audit.ActivityQuery;
import com.vecton.crm.domain.audit.RecordedActivity;
import com.vecton.crm.domain.listing.Page;
import com.vecton.crm.domain.listing.PageRequest;

/** Lists the audit trail. */
public final class ListActivityService implements ListActivityUseCase {
    private final ActivityLogReader log;

    public ListActivityService(ActivityLogReader log) {
        this.log = log;
    }

    @Override
    public Page<RecordedActivity> list(ActivityQuery query, PageRequest page) {
        return log.find(query, page);
    }
}
