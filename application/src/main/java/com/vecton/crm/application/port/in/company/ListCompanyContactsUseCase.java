package com.vecton.crm.application.port.in.company;

import com.vecton.crm.domain.access.Requester;
import com.vecton.crm.domain.company.CompanyId;
import com.vecton.crm.domain.contact.Contact;
import com.vecton.crm.domain.contact.ContactQuery;
import com.vecton.crm.domain.listing.Page;
import com.vecton.crm.domain.listing.PageRequest;

/** Browse the live contacts of one live company. */
public interface ListCompanyContactsUseCase {

    /**
     * Exactly the company's contacts the requester could open one by one, and their total.
     *
     * @throws com.vecton.crm.domain.problem.NotFound  when the company is unknown or deleted
     * @throws com.vecton.crm.domain.problem.Forbidden when no contact could be visible, saying why
     */
    Page<Contact> list(Requester who, CompanyId company, ContactQuery query, PageRequest page);
}
