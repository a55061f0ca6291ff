package com.vecton.crm.domain.testing;

import com.vecton.crm.domain.access.UserId;
import com.vecton.crm.domain.contact.ContactId;
import com.vecton.crm.domain.portal.PortalAccountDetails;

/**
 * Test data: valid {@link PortalAccountDetails}, changed only where a test cares. The contact has
 * no default: the store needs it to be a stored contact.
 */
public final class PortalAccountDetailsBuilder {
    private UserId user = new UserId("u-portal");
    private ContactId contact;

    private PortalAccountDetailsBuilder(ContactId contact) {
        this.contact = contact;
    }

    /** An account of the user {@code u-portal} as {@code contact}. */
    public static PortalAccountDetailsBuilder aPortalAccount(ContactId contact) {
        return new PortalAccountDetailsBuilder(contact);
    }

    public PortalAccountDetailsBuilder forUser(UserId user) {
        this.user = user;
        return this;
    }

    public PortalAccountDetailsBuilder asContact(ContactId contact) {
        this.contact = contact;
        return this;
    }

    public PortalAccountDetails build() {
        return new PortalAccountDetails(user, contact);
    }
}
