package com.vecton.crm.application.port.in.company;

import com.vecton.crm.domain.company.Company;
import com.vecton.crm.domain.company.CompanyQuery;
import com.vecton.crm.domain.listing.Page;
import com.vecton.crm.domain.listing.PageRequest;

/** Browse and search live companies. */
public interface ListCompaniesUseCase {

    Page<Company> list(CompanyQuery query, PageRequest page);
}
