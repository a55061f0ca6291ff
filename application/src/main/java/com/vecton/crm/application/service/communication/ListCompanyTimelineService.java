package com.vecton.crm.application.service.communication;

import com.vecton.crm.application.port.in.communication.ListCompanyTimelineUseCase;
import com.vecton.crm.domain.access.Requester;
import com.vecton.crm.domain.access.ResourceAttributes;
import com.vecton.crm.domain.access.ResourceName;
import com.vecton.crm.domain.communication.TimelineEntry;
import com.vecton.crm.domain.company.Company;
import com.vecton.crm.domain.company.CompanyId;
import com.vecton.crm.domain.listing.Page;
import com.vecton.crm.domain.listing.PageRequest;
import com.vecton.crm.domain.problem.NotFound;
import java.util.Map;

/**
 * A live company's timeline: its log entries and its contacts' entries, newest first, among those
 * the requester may open, checked on {@code crm:companies/{id}} as a company's contacts are; an
 * unknown or deleted company is a 404, not an empty timeline.
 */
public final class ListCompanyTimelineService implements ListCompanyTimelineUseCase {
    private static final ResourceAttributes NOTHING_SHARED = new ResourceAttributes(Map.of());

    private final CommunicationLogServices s;

    public ListCompanyTimelineService(CommunicationLogServices services) {
        this.s = services;
    }

    @Override
    public Page<TimelineEntry> list(Requester who, CompanyId company, PageRequest page) {
        // Entries of the company's contacts need not carry the company's link, so they share nothing.
        var visible = s.visible().of(who, ResourceName.item(Company.RESOURCE_TYPE, company.value()), NOTHING_SHARED);
        if (s.companies().findById(company).isEmpty()) {
            throw new NotFound("company", company);
        }
        return s.logs().timeline(company, visible, page);
    }
}
