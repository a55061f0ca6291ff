package com.vecton.crm.application.service.portal;

import com.vecton.crm.application.port.in.portal.ShowCustomerCompanyUseCase;
import com.vecton.crm.application.port.out.CompanyRepository;
import com.vecton.crm.domain.access.Requester;
import com.vecton.crm.domain.company.Company;
import com.vecton.crm.domain.problem.NotFound;

/** The portal caller's own company: the company of their account's contact, as it is now. */
public final class ShowCustomerCompanyService implements ShowCustomerCompanyUseCase {
    private final CustomerScopes scopes;
    private final CompanyRepository companies;

    public ShowCustomerCompanyService(CustomerScopes scopes, CompanyRepository companies) {
        this.scopes = scopes;
        this.companies = companies;
    }

    @Override
    public Company show(Requester who) {
        return scopes.companyOf(who)
                .flatMap(companies::findById)
                .orElseThrow(() -> new NotFound("Your contact is not at a company of this CRM."));
    }
}
