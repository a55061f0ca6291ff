package com.vecton.crm.adapter.in.rest.portal;

import com.vecton.crm.application.port.in.portal.ListCustomerRecordsUseCase;
import com.vecton.crm.application.port.in.portal.ShowCustomerCompanyUseCase;
import com.vecton.crm.application.port.in.portal.ShowCustomerRecordUseCase;
import com.vecton.crm.domain.communication.CommunicationLog;
import com.vecton.crm.domain.communication.CommunicationLogId;
import com.vecton.crm.domain.communication.CommunicationLogQuery;
import com.vecton.crm.domain.contact.Contact;
import com.vecton.crm.domain.contact.ContactId;
import com.vecton.crm.domain.contact.ContactQuery;
import com.vecton.crm.domain.deal.DealId;
import com.vecton.crm.domain.portal.CustomerDeal;
import com.vecton.crm.domain.portal.CustomerDealQuery;
import java.util.Objects;
import java.util.stream.Stream;

/** The in-ports the customer portal's routes drive, as one part of {@code RestUseCases}. */
public record PortalUseCases(
        ShowCustomerCompanyUseCase company,
        ListCustomerRecordsUseCase<ContactQuery, Contact> contacts,
        ShowCustomerRecordUseCase<ContactId, Contact> contact,
        ListCustomerRecordsUseCase<CommunicationLogQuery, CommunicationLog> logs,
        ShowCustomerRecordUseCase<CommunicationLogId, CommunicationLog> log,
        ListCustomerRecordsUseCase<CustomerDealQuery, CustomerDeal> deals,
        ShowCustomerRecordUseCase<DealId, CustomerDeal> deal) {
    public PortalUseCases {
        if (Stream.of(company, contacts, contact, logs, log, deals, deal).anyMatch(Objects::isNull)) {
            throw new IllegalArgumentException("every portal use case of the HTTP API is wired");
        }
    }

    /** The customer portal's routes. */
    public PortalResource resource() {
        return new PortalResource(this);
    }
}
