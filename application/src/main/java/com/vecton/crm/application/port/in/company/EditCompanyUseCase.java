package com.vecton.crm.application.port.in.company;

import com.vecton.crm.domain.access.Requester;
import com.vecton.crm.domain.company.Company;
import com.vecton.crm.domain.company.CompanyEdit;
import com.vecton.crm.domain.company.CompanyId;

/** Change some or all of a company's details. */
public interface EditCompanyUseCase {

    Company edit(Requester who, CompanyId id, CompanyEdit edit);
}
