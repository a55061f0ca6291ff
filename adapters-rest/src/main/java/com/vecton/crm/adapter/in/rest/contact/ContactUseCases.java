package com.vecton.crm.adapter.in.rest.contact;

import com.vecton.crm.application.port.in.company.ListCompanyContactsUseCase;
import com.vecton.crm.application.port.in.contact.CreateContactUseCase;
import com.vecton.crm.application.port.in.contact.EditContactUseCase;
import com.vecton.crm.application.port.in.lifecycle.DeleteRecordUseCase;
import com.vecton.crm.application.port.in.lifecycle.ListChangesUseCase;
import com.vecton.crm.application.port.in.lifecycle.ListRecordsUseCase;
import com.vecton.crm.application.port.in.lifecycle.RestoreRecordUseCase;
import com.vecton.crm.application.port.in.lifecycle.ShowRecordUseCase;
import com.vecton.crm.domain.contact.Contact;
import com.vecton.crm.domain.contact.ContactId;
import com.vecton.crm.domain.contact.ContactQuery;
import java.util.Objects;
import java.util.stream.Stream;

/** The in-ports the contacts routes (and a company's contacts) drive, as one part of {@code RestUseCases}. */
public record ContactUseCases(
        CreateContactUseCase create,
        EditContactUseCase edit,
        DeleteRecordUseCase<ContactId> delete,
        RestoreRecordUseCase<ContactId, Contact> restore,
        ShowRecordUseCase<ContactId, Contact> show,
        ListRecordsUseCase<ContactQuery, Contact> list,
        ListCompanyContactsUseCase listOfCompany,
        ListChangesUseCase<Contact> changes) {
    public ContactUseCases {
        if (Stream.of(create, edit, delete, restore, show, list, listOfCompany, changes)
                .anyMatch(Objects::isNull)) {
            throw new IllegalArgumentException("every contact use case of the HTTP API is wired");
        }
    }

    /** The contacts routes. */
    public ContactResource resource() {
        return new ContactResource(this);
    }

    /** One company's contacts. */
    public CompanyContactsResource companyContactsResource() {
        return new CompanyContactsResource(listOfCompany);
    }
}
