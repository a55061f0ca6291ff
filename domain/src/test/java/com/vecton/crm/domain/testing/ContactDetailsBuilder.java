package com.vecton.crm.domain.testing;

import com.vecton.crm.domain.company.CompanyId;
import com.vecton.crm.domain.contact.ContactDetails;

/** Test data: valid {@link ContactDetails}, changed only where a test cares. */
public final class ContactDetailsBuilder {
    private String firstName = "Ada";
    private String lastName = "Lovelace";
    private String email;
    private String phone;
    private String jobTitle;
    private CompanyId companyId;
    private String notes;

    private ContactDetailsBuilder() {}

    public static ContactDetailsBuilder aContact() {
        return new ContactDetailsBuilder();
    }

    public ContactDetailsBuilder named(String first, String last) {
        this.firstName = first;
        this.lastName = last;
        return this;
    }

    public ContactDetailsBuilder withEmail(String email) {
        this.email = email;
        return this;
    }

    public ContactDetailsBuilder withPhone(String phone) {
        this.phone = phone;
        return this;
    }

    public ContactDetailsBuilder withJobTitle(String jobTitle) {
        this.jobTitle = jobTitle;
        return this;
    }

    public ContactDetailsBuilder atCompany(CompanyId companyId) {
        this.companyId = companyId;
        return this;
    }

    public ContactDetailsBuilder withNotes(String notes) {
        this.notes = notes;
        return this;
    }

    public ContactDetails build() {
        return new ContactDetails(firstName, lastName, email, phone, jobTitle, companyId, notes);
    }
}
