package com.vecton.crm.application.service.company;

import com.vecton.crm.application.port.in.company.CreateCompanyUseCase;
import com.vecton.crm.application.service.lifecycle.RecordWrites;
import com.vecton.crm.domain.audit.Actor;
import com.vecton.crm.domain.company.Company;
import com.vecton.crm.domain.company.CompanyDetails;

/** Creates a company and its audit row in one transaction ({@link RecordWrites}). */
public final class CreateCompanyService implements CreateCompanyUseCase {
    private final CompanyServices s;

    public CreateCompanyService(CompanyServices services) {
        this.s = services;
    }

    @Override
    public Company create(Actor actor, CompanyDetails details) {
        return s.writes()
                .create(
                        actor,
                        RecordWrites.nothingToCheck(),
                        (id, now) -> Company.create(id, details, actor.userId(), now));
    }
}
