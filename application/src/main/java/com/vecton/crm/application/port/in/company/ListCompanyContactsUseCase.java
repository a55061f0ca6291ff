package com.vecton.crm.application.port.in.company;

import com.vecton.crm.domain.company.CompanyId;
import com.vecton.crm.domain.contact.Contact;
import com.vecton.crm.domain.contact.ContactQuery;
import com.vecton.crm.domain.listing.Page;
import com.vecton.crm.domain.listing.PageRequest;

/** Browse the live contacts of one live company. */
public interface ListCompanyContactsUseCase {

    /** @throws com.vecton.crm.domain.problem.NotFound when the company is unknown or deleted */
    Page<Contact> list(CompanyId company, ContactQuery query, PageRequest page);
}
