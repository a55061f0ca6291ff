package com.vecton.crm.adapter.out.persistence.company;

import com.vecton.crm.domain.access.UserId;
import com.vecton.crm.domain.company.Company;
import com.vecton.crm.domain.company.CompanyDetails;
import com.vecton.crm.domain.company.CompanyId;
import java.time.Instant;

/** One row of {@code companies}, column for column. Public only because Jdbi's constructor mapper requires it. */
public record CompanyRow(long id, String name, String domain, String phone, String email, String website,
                         String address, String city, String postalCode, String country, String notes,
                         String createdBy, Instant createdAt, Instant updatedAt, Instant deletedAt) {

    /** The columns this record maps, in the order of its components. */
    static final String COLUMNS = "id, name, domain, phone, email, website, address, city, postal_code, country, "
            + "notes, created_by, created_at, updated_at, deleted_at";

    static CompanyRow of(Company company) {
        var d = company.details();
        return new CompanyRow(company.id().value(), d.name(), d.domain(), d.phone(), d.email(), d.website(),
                d.address(), d.city(), d.postalCode(), d.country(), d.notes(),
                company.createdBy().map(UserId::value).orElse(null), company.createdAt(), company.updatedAt(),
                company.deletedAt().orElse(null));
    }

    Company toCompany() {
        var details = new CompanyDetails(name, domain, phone, email, website, address, city, postalCode, country,
                notes);
        return Company.restore(new CompanyId(id), details, createdBy == null ? null : new UserId(createdBy),
                createdAt, updatedAt, deletedAt);
    }
}
