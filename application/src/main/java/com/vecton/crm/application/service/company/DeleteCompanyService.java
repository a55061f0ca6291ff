package com.vecton.crm.application.service.company;

import com.vecton.crm.application.port.in.company.DeleteCompanyUseCase;
import com.vecton.crm.domain.audit.Actor;
import com.vecton.crm.domain.audit.AuditEvent;
import com.vecton.crm.domain.audit.Changes;
import com.vecton.crm.domain.company.CompanyId;
import com.vecton.crm.domain.problem.NotFound;

/** Soft-deletes a live company; its contacts keep pointing at it. */
public final class DeleteCompanyService implements DeleteCompanyUseCase {
    private final CompanyServices s;

    public DeleteCompanyService(CompanyServices services) {
        this.s = services;
    }

    @Override
    public void delete(Actor actor, CompanyId id) {
        s.transactions().inTransaction(() -> {
            var current = s.companies().lockById(id).filter(c -> !c.isDeleted())
                    .orElseThrow(() -> new NotFound(CompanyServices.SUBJECT, id));
            var now = s.clock().now();
            s.companies().save(current.delete(now));
            s.audit().record(actor, CompanyServices.SUBJECT, id, AuditEvent.DELETED, Changes.NONE, now);
        });
    }
}
