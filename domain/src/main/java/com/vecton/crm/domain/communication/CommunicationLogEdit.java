package com.vecton.crm.domain.communication;

import com.vecton.crm.domain.company.CompanyId;
import com.vecton.crm.domain.contact.ContactId;
import com.vecton.crm.domain.deal.DealId;
import com.vecton.crm.domain.edit.FieldEdit;
import java.time.Instant;

/**
 * A partial update of a communication log entry ({@code PATCH}); {@link #replacingWith} turns a
 * full replacement ({@code PUT}) into the same shape. {@code occurred_at} cannot be cleared: a
 * {@code null} keeps the time it has. {@code visible_to_customer} set to {@code null} means {@code false}.
 */
public record CommunicationLogEdit(
        FieldEdit<CommunicationType> type,
        FieldEdit<Direction> direction,
        FieldEdit<String> subject,
        FieldEdit<String> body,
        FieldEdit<Instant> occurredAt,
        FieldEdit<Integer> durationMinutes,
        FieldEdit<ContactId> contactId,
        FieldEdit<CompanyId> companyId,
        FieldEdit<DealId> dealId,
        FieldEdit<Boolean> visibleToCustomer) {

    public static CommunicationLogEdit replacingWith(CommunicationLogDetails d) {
        return new CommunicationLogEdit(
                FieldEdit.set(d.type()),
                FieldEdit.set(d.direction()),
                FieldEdit.set(d.subject()),
                FieldEdit.set(d.body()),
                FieldEdit.set(d.occurredAt()),
                FieldEdit.set(d.durationMinutes()),
                FieldEdit.set(d.contactId()),
                FieldEdit.set(d.companyId()),
                FieldEdit.set(d.dealId()),
                FieldEdit.set(d.visibleToCustomer()));
    }

    /** The details after this edit, validated as a whole. */
    public CommunicationLogDetails applyTo(CommunicationLogDetails current) {
        Instant at = occurredAt.applyTo(current.occurredAt());
        Boolean visible = visibleToCustomer.applyTo(current.visibleToCustomer());
        return new CommunicationLogDetails(
                type.applyTo(current.type()),
                direction.applyTo(current.direction()),
                subject.applyTo(current.subject()),
                body.applyTo(current.body()),
                at == null ? current.occurredAt() : at,
                durationMinutes.applyTo(current.durationMinutes()),
                contactId.applyTo(current.contactId()),
                companyId.applyTo(current.companyId()),
                dealId.applyTo(current.dealId()),
                visible != null && visible);
    }

    /**
     * Whether the edit links a contact without naming the company: then the contact's company is
     * linked too (a PUT names the company, absent or not, so it links the contact's only when it
     * names none).
     */
    public boolean linksContactsCompany(CommunicationLogDetails edited) {
        boolean setsContact = contactId instanceof FieldEdit.Set<ContactId> set && set.value() != null;
        return setsContact && !namesCompany() && edited.contactId() != null;
    }

    /** Whether the edit links a deal without naming the company: then the deal's company is linked too. */
    public boolean linksDealsCompany(CommunicationLogDetails edited) {
        boolean setsDeal = dealId instanceof FieldEdit.Set<DealId> set && set.value() != null;
        return setsDeal && !namesCompany() && edited.dealId() != null;
    }

    private boolean namesCompany() {
        return companyId instanceof FieldEdit.Set<CompanyId> set && set.value() != null;
    }
}
