package com.vecton.crm.application.port.in.company;

import com.vecton.crm.domain.audit.Actor;
import com.vecton.crm.domain.company.CompanyId;

/** Move a company to the bin (soft delete). Its contacts keep their link and stay visible. */
public interface DeleteCompanyUseCase {

    void delete(Actor actor, CompanyId id);
}
