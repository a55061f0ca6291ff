package com.vecton.crm.application.service.company;

import com.vecton.crm.application.port.in.company.ListCompanyContactsUseCase;
import com.vecton.crm.application.port.out.CompanyRepository;
import com.vecton.crm.application.port.out.ContactRepository;
import com.vecton.crm.domain.company.CompanyId;
import com.vecton.crm.domain.contact.Contact;
import com.vecton.crm.domain.contact.ContactQuery;
import com.vecton.crm.domain.listing.Page;
import com.vecton.crm.domain.listing.PageRequest;
import com.vecton.crm.domain.problem.NotFound;
import java.util.Optional;

/** Lists the live contacts of a live company; an unknown or deleted company is a 404, not an empty list. */
public final class ListCompanyContactsService implements ListCompanyContactsUseCase {
    private final CompanyRepository companies;
    private final ContactRepository contacts;

    public ListCompanyContactsService(CompanyRepository companies, ContactRepository contacts) {
        this.companies = companies;
        this.contacts = contacts;
    }

    @Override
    public Page<Contact> list(CompanyId company, ContactQuery query, PageRequest page) {
        if (companies.findById(company).isEmpty()) {
            throw new NotFound(CompanyServices.SUBJECT, company);
        }
        return contacts.search(new ContactQuery(query.search(), Optional.of(company), query.sort()), page);
    }
}
