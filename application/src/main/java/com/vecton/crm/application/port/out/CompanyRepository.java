package com.vecton.crm.application.port.out;

import com.vecton.crm.domain.company.Company;
import com.vecton.crm.domain.company.CompanyId;
import com.vecton.crm.domain.company.CompanyQuery;
import com.vecton.crm.domain.listing.Page;
import com.vecton.crm.domain.listing.PageRequest;
import java.util.Optional;

/** Where companies are kept. */
public interface CompanyRepository {

    /** A fresh id for a company about to be created. */
    CompanyId nextId();

    /** Inserts a new company or overwrites the stored one with the same id. */
    void save(Company company);

    /** A live (not soft-deleted) company. */
    Optional<Company> findById(CompanyId id);

    /** A company, live or soft-deleted, locked against concurrent changes until the transaction ends. */
    Optional<Company> lockById(CompanyId id);

    /**
     * Whether the company exists and is live, keeping it so until the transaction ends (a shared
     * lock): a contact may not be attached to a company that is being deleted at the same moment.
     */
    boolean holdLive(CompanyId id);

    /** One page of live companies matching the query, with the total number of matches. */
    Page<Company> search(CompanyQuery query, PageRequest page);
}
