package com.vecton.crm.application.port.in.communication;

import com.vecton.crm.domain.access.Requester;
import com.vecton.crm.domain.communication.TimelineEntry;
import com.vecton.crm.domain.company.CompanyId;
import com.vecton.crm.domain.listing.Page;
import com.vecton.crm.domain.listing.PageRequest;

/** Read what happened with one company, newest first. */
public interface ListCompanyTimelineUseCase {

    /**
     * The entries of the company's timeline that the requester could open one by one, and their total.
     *
     * @throws com.vecton.crm.domain.problem.NotFound  when the company is unknown or deleted
     * @throws com.vecton.crm.domain.problem.Forbidden when no entry could be visible, saying why
     */
    Page<TimelineEntry> list(Requester who, CompanyId company, PageRequest page);
}
