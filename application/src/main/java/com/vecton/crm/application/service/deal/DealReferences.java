package com.vecton.crm.application.service.deal;

import com.vecton.crm.domain.access.UserId;
import com.vecton.crm.domain.company.CompanyId;
import com.vecton.crm.domain.contact.ContactId;
import com.vecton.crm.domain.problem.FieldErrors;
import java.util.Comparator;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The rules about stored data that a deal's details must meet: its company and contacts are live
 * (contacts of any company), its owner an active user of the tenant. The company and the contacts
 * are held live by a share lock until the transaction ends, so what was checked still holds at
 * commit; all failures come in one 422.
 */
final class DealReferences {
    private final DealServices s;
    private final FieldErrors errors = new FieldErrors();

    DealReferences(DealServices services) {
        this.s = services;
    }

    DealReferences company(CompanyId company) {
        if (!s.companies().holdLive(company)) {
            errors.add("company_id", "must be a live company");
        }
        return this;
    }

    DealReferences contacts(Set<ContactId> contacts) {
        var missing = contacts.stream()
                .sorted(Comparator.comparingLong(ContactId::value))
                .filter(contact -> !s.contacts().holdLive(contact))
                .map(ContactId::toString)
                .collect(Collectors.joining(", "));
        if (!missing.isEmpty()) {
            errors.add("contact_ids", "must be live contacts (not: " + missing + ")");
        }
        return this;
    }

    DealReferences owner(UserId owner) {
        if (!s.users().isActive(owner)) {
            errors.add("owner_id", "must be an active user of this tenant");
        }
        return this;
    }

    /** Throws the 422 naming every failed reference, if any failed. */
    void check() {
        errors.throwIfAny();
    }
}
