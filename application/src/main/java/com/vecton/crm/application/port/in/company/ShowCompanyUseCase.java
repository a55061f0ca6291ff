package com.vecton.crm.application.port.in.company;

import com.vecton.crm.domain.company.Company;
import com.vecton.crm.domain.company.CompanyId;

/** Look at one live company. */
public interface ShowCompanyUseCase {

    /** @throws com.vecton.crm.domain.problem.NotFound when unknown or deleted */
    Company show(CompanyId id);
}
