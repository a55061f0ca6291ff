package com.vecton.crm.adapter.out.persistence.contact;

import com.vecton.crm.domain.access.UserId;
import com.vecton.crm.domain.company.CompanyId;
import com.vecton.crm.domain.contact.Contact;
import com.vecton.crm.domain.contact.ContactDetails;
import com.vecton.crm.domain.contact.ContactId;
import java.time.Instant;

/** One row of {@code contacts}, column for column. Public only because Jdbi's constructor mapper requires it. */
public record ContactRow(long id, String firstName, String lastName, String email, String phone,
                         String jobTitle, Long companyId, String notes, String createdBy, Instant createdAt,
                         Instant updatedAt, Instant deletedAt) {

    /** The columns this record maps, in the order of its components. */
    static final String COLUMNS = "id, first_name, last_name, email, phone, job_title, company_id, notes, "
            + "created_by, created_at, updated_at, deleted_at";

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
