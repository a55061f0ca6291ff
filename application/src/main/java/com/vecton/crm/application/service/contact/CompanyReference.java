package com.vecton.crm.application.service.contact;

import com.vecton.crm.application.port.out.CompanyRepository;
import com.vecton.crm.domain.contact.ContactDetails;
import com.vecton.crm.domain.problem.ValidationFailed;

/** The rule that a contact may only point at a live company, checked under a shared lock. */
final class CompanyReference {
    private CompanyReference() {}

    static void requireLive(CompanyRepository companies, ContactDetails details) {
        if (details.companyId() != null && !companies.holdLive(details.companyId())) {
            throw ValidationFailed.of("company_id", "must be an existing company");
        }
    }
}
