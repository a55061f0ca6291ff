package com.vecton.crm.adapter.out.persistence.company;

import com.vecton.crm.domain.access.UserId;
import com.vecton.crm.domain.company.Company;
import com.vecton.crm.domain.company.CompanyDetails;
import com.vecton.crm.domain.company.CompanyId;
import com.vecton.crm.adapter.out.persistence.Columns;
import java.time.Instant;
import org.jdbi.v3.core.mapper.RowMapper;

/** One row of {@code companies}, column for column; read by {@link #MAPPER} in the order of {@link #COLUMNS}. Public because Jdbi binds its accessors by reflection ({@code @BindMethods}). */
public record CompanyRow(long id, String name, String domain, String phone, String email, String website,
                         String address, String city, String postalCode, String country, String notes,
                         String createdBy, Instant createdAt, Instant updatedAt, Instant deletedAt) {

    /** The columns this record maps, in the order of its components. */
    static final String COLUMNS = "id, name, domain, phone, email, website, address, city, postal_code, country, "
            + "notes, created_by, created_at, updated_at, deleted_at";

    /** Maps a row selected with {@link #COLUMNS}, by position. */
    static final RowMapper<CompanyRow> MAPPER = (rows, context) -> new CompanyRow(rows.getLong(1), rows.getString(2),
            rows.getString(3), rows.getString(4), rows.getString(5), rows.getString(6), rows.getString(7),
            rows.getString(8), rows.getString(9), rows.getString(10), rows.getString(11), rows.getString(12),
            Columns.instant(rows, 13), Columns.instant(rows, 14), Columns.instant(rows, 15));

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
