package com.vecton.crm.application.service.communication;

import com.vecton.crm.application.port.out.CompanyRepository;
import com.vecton.crm.application.port.out.ContactRepository;
import com.vecton.crm.domain.communication.CommunicationLogDetails;
import com.vecton.crm.domain.company.CompanyId;
import com.vecton.crm.domain.problem.ValidationFailed;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;

/**
 * The rules about the records a log entry links to: each is live, held so (a shared lock) until the
 * transaction ends, so that an entry never links a record deleted meanwhile; and a contact link
 * also links the contact's company.
 */
final class LogLinks {
    private LogLinks() {}

    /** Refuses (422 on the field) a linked contact or company that is not live. */
    static void requireLive(ContactRepository contacts, CompanyRepository companies, CommunicationLogDetails d) {
        var errors = new LinkedHashMap<String, List<String>>();
        if (d.contactId() != null && !contacts.holdLive(d.contactId())) {
            errors.put("contact_id", List.of("must be an existing contact"));
        }
        if (d.companyId() != null && !companies.holdLive(d.companyId())) {
            errors.put("company_id", List.of("must be an existing company"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationFailed(errors);
        }
    }

    /**
     * The details linked to their contact's company too, when {@code links} (the request named a
     * contact and no company) and the contact is at a live company; as they are otherwise.
     */
    static CommunicationLogDetails withContactsCompany(
            ContactRepository contacts, CompanyRepository companies, CommunicationLogDetails d, boolean links) {
        if (!links || d.contactId() == null) {
            return d;
        }
        Optional<CompanyId> company = contacts.findById(d.contactId())
                .map(contact -> contact.details().companyId())
                .filter(id -> id != null && companies.holdLive(id));
        return company.map(d::linkingCompany).orElse(d);
    }
}
