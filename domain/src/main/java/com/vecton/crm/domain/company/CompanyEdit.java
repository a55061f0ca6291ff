package com.vecton.crm.domain.company;

import com.vecton.crm.domain.edit.FieldEdit;

/**
 * A partial update of a company ({@code PATCH}); {@link #replacingWith} turns a full
 * replacement ({@code PUT}) into the same shape.
 */
public record CompanyEdit(
        FieldEdit<String> name,
        FieldEdit<String> domain,
        FieldEdit<String> phone,
        FieldEdit<String> email,
        FieldEdit<String> website,
        FieldEdit<String> address,
        FieldEdit<String> city,
        FieldEdit<String> postalCode,
        FieldEdit<String> country,
        FieldEdit<String> notes) {

    public static CompanyEdit replacingWith(CompanyDetails d) {
        return new CompanyEdit(
                FieldEdit.set(d.name()),
                FieldEdit.set(d.domain()),
                FieldEdit.set(d.phone()),
                FieldEdit.set(d.email()),
                FieldEdit.set(d.website()),
                FieldEdit.set(d.address()),
                FieldEdit.set(d.city()),
                FieldEdit.set(d.postalCode()),
                FieldEdit.set(d.country()),
                FieldEdit.set(d.notes()));
    }

    /** The details after this edit, validated as a whole. */
    public CompanyDetails applyTo(CompanyDetails c) {
        return new CompanyDetails(
                name.applyTo(c.name()),
                domain.applyTo(c.domain()),
                phone.applyTo(c.phone()),
                email.applyTo(c.email()),
                website.applyTo(c.website()),
                address.applyTo(c.address()),
                city.applyTo(c.city()),
                postalCode.applyTo(c.postalCode()),
                country.applyTo(c.country()),
                notes.applyTo(c.notes()));
    }
}
