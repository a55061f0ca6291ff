package com.vecton.crm.application.port.out;

import com.vecton.crm.domain.company.CompanyId;
import com.vecton.crm.domain.deal.DealId;
import com.vecton.crm.domain.listing.Page;
import com.vecton.crm.domain.listing.PageRequest;
import com.vecton.crm.domain.portal.CustomerDeal;
import com.vecton.crm.domain.portal.CustomerDealQuery;
import java.util.Optional;

/** The deals of a company as the customer portal reads them: by the deal's own company, live ones only. */
public interface CustomerDeals {

    /** One page of the company's live deals matching the query, with their total. */
    Page<CustomerDeal> search(CompanyId company, CustomerDealQuery query, PageRequest page);

    /** One deal, when {@link #search} would list it for the company. */
    Optional<CustomerDeal> find(CompanyId company, DealId id);
}
