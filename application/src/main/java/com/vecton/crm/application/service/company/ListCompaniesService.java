package com.vecton.crm.application.service.company;

import com.vecton.crm.application.port.in.company.ListCompaniesUseCase;
import com.vecton.crm.application.port.out.CompanyRepository;
import com.vecton.crm.domain.company.Company;
import com.vecton.crm.domain.company.CompanyQuery;
import com.vecton.crm.domain.listing.Page;
import com.vecton.crm.domain.listing.PageRequest;

/** Lists and searches live companies. */
public final class ListCompaniesService implements ListCompaniesUseCase {
    private final CompanyRepository companies;

    public ListCompaniesService(CompanyRepository companies) {
        this.companies = companies;
    }

    @Override
    public Page<Company> list(CompanyQuery query, PageRequest page) {
        return companies.search(query, page);
    }
}
