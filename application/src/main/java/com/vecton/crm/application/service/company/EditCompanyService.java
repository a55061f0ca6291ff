package com.vecton.crm.application.service.company;

import com.vecton.crm.application.port.in.company.EditCompanyUseCase;
import com.vecton.crm.domain.access.Requester;
import com.vecton.crm.domain.audit.AuditEvent;
import com.vecton.crm.domain.audit.Changes;
import com.vecton.crm.domain.company.Company;
import com.vecton.crm.domain.company.CompanyEdit;
import com.vecton.crm.domain.company.CompanyId;
import com.vecton.crm.domain.problem.NotFound;

/**
 * Applies an edit under a row lock, once the requester's policies hold on the company as locked; an
 * edit that changes nothing writes nothing.
 */
public final class EditCompanyService implements EditCompanyUseCase {
    private final CompanyServices s;

    public EditCompanyService(CompanyServices services) {
        this.s = services;
    }

    @Override
    public Company edit(Requester who, CompanyId id, CompanyEdit edit) {
        return s.kit().transactions().inTransaction(() -> {
            var current = s.companies().lockById(id).filter(c -> !c.isDeleted())
                    .orElseThrow(() -> new NotFound(CompanyServices.SUBJECT, id));
            s.kit().admit(who, current);
            var now = s.kit().clock().now();
            var edited = current.edit(edit, now);
            var changes = Changes.between(current.details().asFields(), edited.details().asFields());
            if (changes.isEmpty()) {
                return current;
            }
            s.companies().save(edited);
            s.kit().audit().record(who.actor(), CompanyServices.SUBJECT, id, AuditEvent.UPDATED, changes, now);
            return edited;
        });
    }
}
