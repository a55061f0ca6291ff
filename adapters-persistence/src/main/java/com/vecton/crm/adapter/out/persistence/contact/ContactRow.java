package com.vecton.crm.adapter.out.persistence.contact;

import com.vecton.crm.domain.access.UserId;
import com.vecton.crm.domain.company.CompanyId;
import com.vecton.crm.domain.contact.Contact;
import com.vecton.crm.domain.contact.ContactDetails;
import com.vecton.crm.domain.contact.ContactId;
import com.vecton.crm.adapter.out.persistence.Columns;
import java.time.Instant;
import org.jdbi.v3.core.mapper.RowMapper;

/** One row of {@code contacts}, column for column; read by {@link #MAPPER} in the order of {@link #COLUMNS}. Public because Jdbi binds its accessors by reflection ({@code @BindMethods}). */
public record ContactRow(long id, String firstName, String lastName, String email, String phone,
                         String jobTitle, Long companyId, String notes, String createdBy, Instant createdAt,
                         Instant updatedAt, Instant deletedAt) {

    /** The columns this record maps, in the order of its components. */
    static final String COLUMNS = "id, first_name, last_name, email, phone, job_title, company_id, notes, "
            + "created_by, created_at, updated_at, deleted_at";

    /** Maps a row selected with {@link #COLUMNS}, by position. */
    static final RowMapper<ContactRow> MAPPER = (rows, context) -> new ContactRow(rows.getLong(1), rows.getString(2),
            rows.getString(3), rows.getString(4), rows.getString(5), rows.getString(6), Columns.nullableLong(rows, 7),
            rows.getString(8), rows.getString(9), Columns.instant(rows, 10), Columns.instant(rows, 11),
            Columns.instant(rows, 12));

    static ContactRow of(Contact contact) {
        var d = contact.details();
        return new ContactRow(contact.id().value(), d.firstName(), d.lastName(), d.email(), d.phone(), d.jobTitle(),
                d.companyId() == null ? null : d.companyId().value(), d.notes(),
                contact.createdBy().map(UserId::value).orElse(null), contact.createdAt(), contact.updatedAt(),
                contact.deletedAt().orElse(null));
    }

    Contact toContact() {
        var details = new ContactDetails(firstName, lastName, email, phone, jobTitle,
                companyId == null ? null : new CompanyId(companyId), notes);
        return Contact.restore(new ContactId(id), details, createdBy == null ? null : new UserId(createdBy),
                createdAt, updatedAt, deletedAt);
    }
}
