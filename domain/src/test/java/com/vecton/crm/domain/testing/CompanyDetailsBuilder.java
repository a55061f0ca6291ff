package com.vecton.crm.domain.testing;

import com.vecton.crm.domain.company.CompanyDetails;

/** Test data: valid {@link CompanyDetails}, changed only where a test cares. */
public final class CompanyDetailsBuilder {
    private String name = "Acme Kft.";
    private String domain;
    private String phone;
    private String email;
    private String website;
    private String address;
    private String city;
    private String postalCode;
    private String country;
    private String notes;

    private CompanyDetailsBuilder() {}

    public static CompanyDetailsBuilder aCompany() {
        return new CompanyDetailsBuilder();
    }

    public CompanyDetailsBuilder named(String name) {
        this.name = name;
        return this;
    }

    public CompanyDetailsBuilder withDomain(String domain) {
        this.domain = domain;
        return this;
    }

    public CompanyDetailsBuilder withPhone(String phone) {
        this.phone = phone;
        return this;
    }

    public CompanyDetailsBuilder withEmail(String email) {
        this.email = email;
        return this;
    }

    public CompanyDetailsBuilder withWebsite(String website) {
        this.website = website;
        return this;
    }

    public CompanyDetailsBuilder at(String address, String postalCode, String city, String country) {
        this.address = address;
        this.postalCode = postalCode;
        this.city = city;
        this.country = country;
        return this;
    }

    public CompanyDetailsBuilder withNotes(String notes) {
        this.notes = notes;
        return this;
    }

    public CompanyDetails build() {
        return new CompanyDetails(name, domain, phone, email, website, address, city, postalCode, country, notes);
    }
}
