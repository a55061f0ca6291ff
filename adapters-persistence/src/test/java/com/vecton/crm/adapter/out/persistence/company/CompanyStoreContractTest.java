package com.vecton.crm.adapter.out.persistence.company;

import static com.vecton.crm.domain.testing.CompanyDetailsBuilder.aCompany;

import com.vecton.crm.adapter.out.persistence.Persistence;
import com.vecton.crm.adapter.out.persistence.testing.RecordStoreContract;
import com.vecton.crm.application.port.out.RecordStore;
import com.vecton.crm.domain.company.Company;
import com.vecton.crm.domain.company.CompanyEdit;
import com.vecton.crm.domain.company.CompanyId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The store contract on companies. */
class CompanyStoreContractTest extends RecordStoreContract<CompanyId, Company> {

    @Override
    protected String table() {
        return "companies";
    }

    @Override
    protected RecordStore<CompanyId, Company> storeOn(Persistence db) {
        return db.companies();
    }

    @Override
    protected Company newRecord(CompanyId id) {
        return Company.create(id, aCompany().build(), CREATOR, T0);
    }

    @Override
    protected Company changed(Company company, Instant now) {
        return company.edit(
                CompanyEdit.replacingWith(aCompany().named("Renamed Kft.").build()), now);
    }

    @Override
    protected CompanyId idOf(Company company) {
        return company.id();
    }

    @Override
    protected Object stateOf(Company company) {
        return List.of(company.id(), company.details(), company.lifecycle());
    }

    @Override
    protected Optional<Company> deleted(Company company, Instant now) {
        return Optional.of(company.delete(now));
    }

    @Override
    protected Company restored(Company company, Instant now) {
        return company.undelete(now);
    }
}
