package com.vecton.crm.application.service.company;

import com.vecton.crm.application.port.in.company.ListCompanyContactsUseCase;
import com.vecton.crm.application.service.contact.ContactServices;
import com.vecton.crm.domain.access.Requester;
import com.vecton.crm.domain.access.ResourceName;
import com.vecton.crm.domain.company.Company;
import com.vecton.crm.domain.company.CompanyId;
import com.vecton.crm.domain.contact.Contact;
import com.vecton.crm.domain.contact.ContactQuery;
import com.vecton.crm.domain.listing.Page;
import com.vecton.crm.domain.listing.PageRequest;
import com.vecton.crm.domain.problem.NotFound;
import java.util.Optional;

/**
 * Lists the live contacts of a live company that the requester may see, checked on
 * {@code crm:companies/{id}} with the company all of them share ({@link ContactServices#visible});
 * an unknown or deleted company is a 404, not an empty list.
 */
public final class ListCompanyContactsService implements ListCompanyContactsUseCase {
    private final ContactServices s;

    public ListCompanyContactsService(ContactServices services) {
        this.s = services;
    }

    @Override
    public Page<Contact> list(Requester who, CompanyId company, ContactQuery query, PageRequest page) {
        var visible = s.visible()
                .of(
                        who,
                        ResourceName.item(Company.RESOURCE_TYPE, company.value()),
                        Contact.attributesOfCompany(company));
        if (s.companies().findById(company).isEmpty()) {
            throw new NotFound(CompanyServices.SUBJECT, company);
        }
        return s.contacts().search(new ContactQuery(query.search(), Optional.of(company), query.sort()), visible, page);
    }
}
