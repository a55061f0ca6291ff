package com.vecton.crm.domain.contact;

import com.vecton.crm.domain.company.CompanyId;
import com.vecton.crm.domain.edit.FieldEdit;

/**
 * A partial update of a contact ({@code PATCH}); {@link #replacingWith} turns a full
 * replacement ({@code PUT}) into the same shape.
 */
public record ContactEdit(
        FieldEdit<String> firstName,
        FieldEdit<String> lastName,
        FieldEdit<String> email,
        FieldEdit<String> phone,
        FieldEdit<String> jobTitle,
        FieldEdit<CompanyId> companyId,
        FieldEdit<String> notes) {

    public static ContactEdit replacingWith(ContactDetails d) {
        return new ContactEdit(
                FieldEdit.set(d.firstName()),
                FieldEdit.set(d.lastName()),
                FieldEdit.set(d.email()),
                FieldEdit.set(d.phone()),
                FieldEdit.set(d.jobTitle()),
                FieldEdit.set(d.companyId()),
                FieldEdit.set(d.notes()));
    }

    /** The details after this edit; validated as a whole, so a PATCH cannot create an invalid contact. */
    public ContactDetails applyTo(ContactDetails current) {
        return new ContactDetails(
                firstName.applyTo(current.firstName()),
                lastName.applyTo(current.lastName()),
                email.applyTo(current.email()),
                phone.applyTo(current.phone()),
                jobTitle.applyTo(current.jobTitle()),
                companyId.applyTo(current.companyId()),
                notes.applyTo(current.notes()));
    }

    /** Whether the edit may point the contact at another company (which must then exist). */
    public boolean setsCompany() {
        return companyId instanceof FieldEdit.Set<CompanyId> set && set.value() != null;
    }
}
