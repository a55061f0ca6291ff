package com.vecton.crm.application.port.out;

import com.vecton.crm.domain.company.CompanyId;
import com.vecton.crm.domain.deal.DealId;
import java.util.Optional;

/** What a record that links a deal needs to know of it. */
public interface LinkedDeals {

    /**
     * The company of the deal when the deal is live, holding it so (a shared lock) until the
     * transaction ends, so that nothing links a deal deleted meanwhile; empty when unknown or deleted.
     */
    Optional<CompanyId> holdLiveCompanyOf(DealId deal);
}
