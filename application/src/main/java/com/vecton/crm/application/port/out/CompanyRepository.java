package com.vecton.crm.application.port.out;

import com.vecton.crm.domain.access.Visibility;
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

    /** One page of live companies matching the query, with the total number of matches: all of them, unfiltered. */
    default Page<Company> search(CompanyQuery query, PageRequest page) {
        return search(query, Visibility.EVERYTHING, page);
    }

    /**
     * One page of the live companies that match the query and that the caller may see, with the total
     * of those. The visibility may test the attributes of {@link Company#FILTERABLE} and {@link Visibility#ID}.
     */
    Page<Company> search(CompanyQuery query, Visibility visible, PageRequest page);
}
