package com.vecton.crm.application.service.company;

import com.vecton.crm.application.port.in.company.EditCompanyUseCase;
import com.vecton.crm.application.service.lifecycle.RecordWrites;
import com.vecton.crm.domain.access.Requester;
import com.vecton.crm.domain.company.Company;
import com.vecton.crm.domain.company.CompanyEdit;
import com.vecton.crm.domain.company.CompanyId;

/** Edits a company ({@link RecordWrites}); every valid set of details is a valid company. */
public final class EditCompanyService implements EditCompanyUseCase {
    private final CompanyServices s;

    public EditCompanyService(CompanyServices services) {
        this.s = services;
    }

    @Override
    public Company edit(Requester who, CompanyId id, CompanyEdit edit) {
        return s.writes()
                .edit(who, id, (company, now) -> company.edit(edit, now), RecordWrites.nothingChangedToCheck());
    }
}
