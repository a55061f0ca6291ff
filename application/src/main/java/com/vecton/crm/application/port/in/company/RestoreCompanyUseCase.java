package com.vecton.crm.application.port.in.company;

import com.vecton.crm.domain.audit.Actor;
import com.vecton.crm.domain.company.Company;
import com.vecton.crm.domain.company.CompanyId;

/** Bring a deleted company back. Restoring a live company changes nothing and is not an error. */
public interface RestoreCompanyUseCase {

    Company restore(Actor actor, CompanyId id);
}
