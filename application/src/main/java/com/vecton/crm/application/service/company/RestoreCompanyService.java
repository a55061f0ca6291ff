package com.vecton.crm.application.service.company;

import com.vecton.crm.application.port.in.company.RestoreCompanyUseCase;
import com.vecton.crm.domain.audit.Actor;
import com.vecton.crm.domain.audit.AuditEvent;
import com.vecton.crm.domain.audit.Changes;
import com.vecton.crm.domain.company.Company;
import com.vecton.crm.domain.company.CompanyId;
import com.vecton.crm.domain.problem.NotFound;

/** Undoes a soft delete. Idempotent: restoring a live company returns it unchanged. */
public final class RestoreCompanyService implements RestoreCompanyUseCase {
    private final CompanyServices s;

    public RestoreCompanyService(CompanyServices services) {
        this.s = services;
    }

    @Override
    public Company restore(Actor actor, CompanyId id) {
        return s.transactions().inTransaction(() -> {
            var current = s.companies().lockById(id).orElseThrow(() -> new NotFound(CompanyServices.SUBJECT, id));
            if (!current.isDeleted()) {
                return current;
            }
            var now = s.clock().now();
            var restored = current.undelete(now);
            s.companies().save(restored);
            s.audit().record(actor, CompanyServices.SUBJECT, id, AuditEvent.RESTORED, Changes.NONE, now);
            return restored;
        });
    }
}
