package com.vecton.crm.application.service.company;

import com.vecton.crm.application.port.in.company.CreateCompanyUseCase;
import com.vecton.crm.domain.audit.Actor;
import com.vecton.crm.domain.audit.AuditEvent;
import com.vecton.crm.domain.audit.Changes;
import com.vecton.crm.domain.company.Company;
import com.vecton.crm.domain.company.CompanyDetails;

/** Creates a company and its audit row in one transaction. */
public final class CreateCompanyService implements CreateCompanyUseCase {
    private final CompanyServices s;

    public CreateCompanyService(CompanyServices services) {
        this.s = services;
    }

    @Override
    public Company create(Actor actor, CompanyDetails details) {
        return s.kit().transactions().inTransaction(() -> {
            var now = s.kit().clock().now();
            var company = Company.create(s.companies().nextId(), details, actor.userId(), now);
            s.companies().save(company);
            s.kit().audit().record(actor, CompanyServices.SUBJECT, company.id(), AuditEvent.CREATED,
                    Changes.created(details.asFields()), now);
            return company;
        });
    }
}
