package com.vecton.crm.application.service.company;

import com.vecton.crm.application.port.in.company.ShowCompanyUseCase;
import com.vecton.crm.application.port.out.CompanyRepository;
import com.vecton.crm.domain.company.Company;
import com.vecton.crm.domain.company.CompanyId;
import com.vecton.crm.domain.problem.NotFound;

/** Reads one live company. */
public final class ShowCompanyService implements ShowCompanyUseCase {
    private final CompanyRepository companies;

    public ShowCompanyService(CompanyRepository companies) {
        this.companies = companies;
    }

    @Override
    public Company show(CompanyId id) {
        return companies.findById(id).orElseThrow(() -> new NotFound(CompanyServices.SUBJECT, id));
    }
}
