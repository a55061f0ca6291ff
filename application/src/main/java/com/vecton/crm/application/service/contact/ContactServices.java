package com.vecton.crm.application.service.contact;

import com.vecton.crm.application.port.out.CompanyRepository;
import com.vecton.crm.application.port.out.ContactRepository;
import com.vecton.crm.application.service.lifecycle.RecordType;
import com.vecton.crm.application.service.lifecycle.RecordWrites;
import com.vecton.crm.application.service.lifecycle.UseCaseKit;
import com.vecton.crm.application.service.lifecycle.VisibleRecords;
import com.vecton.crm.domain.access.Permission;
import com.vecton.crm.domain.contact.Contact;
import com.vecton.crm.domain.contact.ContactId;

/** What every contact use case needs from the outside; one value so wiring stays short. */
public record ContactServices(ContactRepository contacts, CompanyRepository companies, UseCaseKit kit) {
    /** The subject type of contacts in the audit trail and in resource names. */
    public static final String SUBJECT = "contact";

    /** What opening one contact needs, and so what a list of contacts needs on each of them. */
    public static final Permission VIEW = new Permission("contacts.view");

    /** Contacts as the lifecycle use cases see them. */
    public RecordType<ContactId, Contact> type() {
        return RecordType.softDeleted(SUBJECT, contacts, kit::admit, Contact::delete, Contact::undelete);
    }

    /** The steps of a create and an edit that are the same for every entity, on contacts; their audit rows compare the details. */
    public RecordWrites<ContactId, Contact> writes() {
        return new RecordWrites<>(type(), kit, contact -> contact.details().asFields());
    }

    /** Which contacts a list may show: those the requester could open. */
    public VisibleRecords visible() {
        return kit.visible(Contact.RESOURCE_TYPE, VIEW, Contact.FILTERABLE);
    }
}
