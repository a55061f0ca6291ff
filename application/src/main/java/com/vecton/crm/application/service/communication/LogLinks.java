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
 * transaction ends, so that an entry never links a record deleted meanwhile; and a deal or contact
 * link also links its company (the deal's first: a deal always has one, and the contact's company
 * stays reachable through the contact).
 */
final class LogLinks {
    private LogLinks() {}

    /** Refuses (422 on the field) a linked contact, company or deal that is not live. */
    static void requireLive(CommunicationLogServices s, CommunicationLogDetails d) {
        var errors = new LinkedHashMap<String, List<String>>();
        if (d.contactId() != null && !s.contacts().holdLive(d.contactId())) {
            errors.put("contact_id", List.of("must be an existing contact"));
        }
        if (d.companyId() != null && !s.companies().holdLive(d.companyId())) {
            errors.put("company_id", List.of("must be an existing company"));
        }
        if (d.dealId() != null && s.deals().holdLiveCompanyOf(d.dealId()).isEmpty()) {
            errors.put("deal_id", List.of("must be an existing deal"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationFailed(errors);
        }
    }

    /**
     * The details linked to the company of their deal (when {@code byDeal}) or else of their contact
     * (when {@code byContact}), when it is live; as they are otherwise.
     */
    static CommunicationLogDetails withLinkedCompany(
            CommunicationLogServices s, CommunicationLogDetails d, boolean byDeal, boolean byContact) {
        Optional<CompanyId> company = Optional.empty();
        if (byDeal && d.dealId() != null) {
            company = s.deals()
                    .holdLiveCompanyOf(d.dealId())
                    .filter(id -> s.companies().holdLive(id));
        }
        if (company.isEmpty() && byContact && d.contactId() != null) {
            company = contactsCompany(s.contacts(), s.companies(), d);
        }
        return company.map(d::linkingCompany).orElse(d);
    }

    private static Optional<CompanyId> contactsCompany(
            ContactRepository contacts, CompanyRepository companies, CommunicationLogDetails d) {
        return contacts.findById(d.contactId())
                .map(contact -> contact.details().companyId())
                .filter(id -> id != null && companies.holdLive(id));
    }
}
