package com.vecton.crm.adapter.in.rest.company;

import com.vecton.crm.application.port.in.company.CreateCompanyUseCase;
import com.vecton.crm.application.port.in.company.EditCompanyUseCase;
import com.vecton.crm.application.port.in.lifecycle.DeleteRecordUseCase;
import com.vecton.crm.application.port.in.lifecycle.ListChangesUseCase;
import com.vecton.crm.application.port.in.lifecycle.ListRecordsUseCase;
import com.vecton.crm.application.port.in.lifecycle.RestoreRecordUseCase;
import com.vecton.crm.application.port.in.lifecycle.ShowRecordUseCase;
import com.vecton.crm.domain.company.Company;
import com.vecton.crm.domain.company.CompanyId;
import com.vecton.crm.domain.company.CompanyQuery;
import java.util.Objects;
import java.util.stream.Stream;

/** The in-ports the companies routes drive, as one part of {@code RestUseCases}. */
public record CompanyUseCases(
        CreateCompanyUseCase create,
        EditCompanyUseCase edit,
        DeleteRecordUseCase<CompanyId> delete,
        RestoreRecordUseCase<CompanyId, Company> restore,
        ShowRecordUseCase<CompanyId, Company> show,
        ListRecordsUseCase<CompanyQuery, Company> list,
        ListChangesUseCase<Company> changes) {
    public CompanyUseCases {
        if (Stream.of(create, edit, delete, restore, show, list, changes).anyMatch(Objects::isNull)) {
            throw new IllegalArgumentException("every company use case of the HTTP API is wired");
        }
    }

    /** The companies routes. */
    public CompanyResource resource() {
        return new CompanyResource(this);
    }
}
