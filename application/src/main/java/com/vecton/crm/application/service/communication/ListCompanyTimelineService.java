package com.vecton.crm.application.service.communication;

import com.vecton.crm.application.port.in.communication.ListCompanyTimelineUseCase;
import com.vecton.crm.domain.access.Permission;
import com.vecton.crm.domain.access.Requester;
import com.vecton.crm.domain.access.ResourceAttributes;
import com.vecton.crm.domain.access.ResourceName;
import com.vecton.crm.domain.access.Visibility;
import com.vecton.crm.domain.communication.TimelineEntry;
import com.vecton.crm.domain.company.Company;
import com.vecton.crm.domain.company.CompanyId;
import com.vecton.crm.domain.deal.Deal;
import com.vecton.crm.domain.deal.DealAccess;
import com.vecton.crm.domain.listing.Page;
import com.vecton.crm.domain.listing.PageRequest;
import com.vecton.crm.domain.problem.Forbidden;
import com.vecton.crm.domain.problem.NotFound;
import java.util.Map;
import java.util.Optional;

/**
 * A live company's timeline, newest first: the log entries of the company, of its contacts and of
 * its deals that the requester may open, checked on {@code crm:companies/{id}} as a company's
 * contacts are, and the stage changes of its deals when the requester may list those
 * ({@code deals.list} on the company, {@code deals.view} on each deal); an unknown or deleted
 * company is a 404, not an empty timeline.
 */
public final class ListCompanyTimelineService implements ListCompanyTimelineUseCase {
    private static final ResourceAttributes NOTHING_SHARED = new ResourceAttributes(Map.of());
    private static final Permission DEAL_LIST = new Permission("deals.list");
    private static final Permission DEAL_VIEW = new Permission("deals.view");

    private final CommunicationLogServices s;

    public ListCompanyTimelineService(CommunicationLogServices services) {
        this.s = services;
    }

    @Override
    public Page<TimelineEntry> list(Requester who, CompanyId company, PageRequest page) {
        var listed = ResourceName.item(Company.RESOURCE_TYPE, company.value());
        // Entries of the company's contacts need not carry the company's link, so they share nothing.
        var logs = s.visible().of(who, listed, NOTHING_SHARED);
        // Stage changes are the deals': shown to who could list the company's deals, else left out.
        Optional<Visibility> deals;
        try {
            deals = Optional.of(s.kit()
                    .visible(Deal.RESOURCE_TYPE, DEAL_VIEW, DealAccess.FILTERABLE)
                    .of(who.asking(DEAL_LIST), listed, new ResourceAttributes(Map.of("company_id", company.value()))));
        } catch (Forbidden refused) {
            deals = Optional.empty();
        }
        if (s.companies().findById(company).isEmpty()) {
            throw new NotFound("company", company);
        }
        return s.logs().timeline(company, logs, deals, page);
    }
}
