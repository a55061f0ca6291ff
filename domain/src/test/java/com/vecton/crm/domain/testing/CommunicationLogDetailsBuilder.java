package com.vecton.crm.domain.testing;

import com.vecton.crm.domain.communication.CommunicationLogDetails;
import com.vecton.crm.domain.communication.CommunicationType;
import com.vecton.crm.domain.communication.Direction;
import com.vecton.crm.domain.company.CompanyId;
import com.vecton.crm.domain.contact.ContactId;
import com.vecton.crm.domain.deal.DealId;
import java.time.Instant;

/** Test data for communication log entries: an outbound call about a renewal unless told otherwise; it needs a link. */
public final class CommunicationLogDetailsBuilder {
    private CommunicationType type = CommunicationType.CALL;
    private Direction direction = Direction.OUTBOUND;
    private String subject = "Renewal";
    private String body = "Talked about the renewal.";
    private Instant occurredAt = Instant.parse("2026-11-20T09:00:00Z");
    private Integer durationMinutes = 15;
    private ContactId contactId;
    private CompanyId companyId;
    private DealId dealId;
    private boolean visibleToCustomer;

    private CommunicationLogDetailsBuilder() {}

    public static CommunicationLogDetailsBuilder aLog() {
        return new CommunicationLogDetailsBuilder();
    }

    /** A note: no direction, no duration. */
    public CommunicationLogDetailsBuilder aNote() {
        this.type = CommunicationType.NOTE;
        this.direction = null;
        this.durationMinutes = null;
        return this;
    }

    public CommunicationLogDetailsBuilder about(String subject, String body) {
        this.subject = subject;
        this.body = body;
        return this;
    }

    public CommunicationLogDetailsBuilder at(Instant occurredAt) {
        this.occurredAt = occurredAt;
        return this;
    }

    public CommunicationLogDetailsBuilder withContact(ContactId contactId) {
        this.contactId = contactId;
        return this;
    }

    public CommunicationLogDetailsBuilder atCompany(CompanyId companyId) {
        this.companyId = companyId;
        return this;
    }

    public CommunicationLogDetailsBuilder withDeal(DealId dealId) {
        this.dealId = dealId;
        return this;
    }

    public CommunicationLogDetailsBuilder sharedWithCustomer() {
        this.visibleToCustomer = true;
        return this;
    }

    public CommunicationLogDetails build() {
        return new CommunicationLogDetails(
                type,
                direction,
                subject,
                body,
                occurredAt,
                durationMinutes,
                contactId,
                companyId,
                dealId,
                visibleToCustomer);
    }
}
