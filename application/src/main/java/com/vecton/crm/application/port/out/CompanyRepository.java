package com.vecton.crm.application.port.out;

import com.vecton.crm.domain.company.Company;
import com.vecton.crm.domain.company.CompanyId;
import com.vecton.crm.domain.company.CompanyQuery;
import com.vecton.crm.domain.listing.Page;
import com.vecton.crm.domain.listing.PageRequest;

/** Where companies are kept. */
public interface CompanyRepository extends RecordStore<CompanyId, Company> {

    /**
     * Whether the company exists and is live, keeping it so until the transaction ends (a shared
     * lock): a contact may not be attached to a company that is being deleted at the same moment.
     */
    boolean holdLive(CompanyId id);

    /** One page of live companies matching the query, with the total number of matches. */
    Page<Company> search(CompanyQuery query, PageRequest page);
}
