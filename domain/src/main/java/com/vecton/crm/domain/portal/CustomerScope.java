package com.vecton.crm.domain.portal;

import com.vecton.crm.domain.company.CompanyId;
import com.vecton.crm.domain.contact.ContactId;
import java.util.Optional;

/**
 * What a portal caller may see, resolved for one request from their account: the company of the
 * account's contact as it is now, when that contact is live and at a live company. Without one the
 * portal shows nothing (lists are empty, every item is 404). Each record type reaches the company by
 * its own path (a contact by its company, a log by its own company or its contact's), which its
 * store writes as a condition on that path.
 */
public record CustomerScope(PortalAccountId account, ContactId contact, Optional<CompanyId> company) {
    public CustomerScope {
        if (account == null || contact == null || company == null) {
            throw new IllegalArgumentException("a customer scope has its account, contact and (possibly no) company");
        }
    }
}
