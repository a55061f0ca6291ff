package com.vecton.crm.application.port.in.company;

import com.vecton.crm.domain.audit.Actor;
import com.vecton.crm.domain.company.Company;
import com.vecton.crm.domain.company.CompanyDetails;

/** Add a company. */
public interface CreateCompanyUseCase {

    Company create(Actor actor, CompanyDetails details);
}
