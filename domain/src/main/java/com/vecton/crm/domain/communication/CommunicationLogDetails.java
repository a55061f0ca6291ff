package com.vecton.crm.domain.communication;

import com.vecton.crm.domain.company.CompanyId;
import com.vecton.crm.domain.contact.ContactId;
import com.vecton.crm.domain.deal.DealId;
import com.vecton.crm.domain.edit.Text;
import com.vecton.crm.domain.problem.FieldErrors;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a user may set on a communication log entry. Validates all fields at once, so a client
 * learns every problem in one 422; texts are trimmed and blank ones become absent. That the linked
 * records are live, and that a contact link also links the contact's company, are rules about
 * stored data, kept by the use cases, and so is that a deal or contact link also links its company.
 *
 * @param direction       absent for a note (a note is nobody's message), optional otherwise
 * @param occurredAt      when it happened; absent until the create fills in the time of the request
 * @param durationMinutes whole minutes, 0 to {@value #MAX_DURATION}, for calls and meetings only
 */
public record CommunicationLogDetails(
        CommunicationType type,
        Direction direction,
        String subject,
        String body,
        Instant occurredAt,
        Integer durationMinutes,
        ContactId contactId,
        CompanyId companyId,
        DealId dealId,
        boolean visibleToCustomer) {
    public static final int MAX_SUBJECT = 200;
    public static final int MAX_BODY = 20_000;
    /** A day: a longer meeting is recorded as several. */
    public static final int MAX_DURATION = 1440;
    /** What each link field is told when there is none. */
    public static final String NEEDS_A_LINK = "a log links to at least one of contact_id, company_id and deal_id";

    public CommunicationLogDetails {
        subject = Text.clean(subject);
        body = Text.clean(body);
        var errors = new FieldErrors();
        if (type == null) {
            errors.add("type", "is required");
        } else {
            if (direction != null && !type.hasDirection()) {
                errors.add("direction", "must be absent for a " + type.apiName());
            }
            if (durationMinutes != null && !type.hasDuration()) {
                errors.add("duration_minutes", "only calls and meetings have a duration");
            }
        }
        if (durationMinutes != null && (durationMinutes < 0 || durationMinutes > MAX_DURATION)) {
            errors.add("duration_minutes", "must be between 0 and " + MAX_DURATION);
        }
        errors.maxLength("subject", subject, MAX_SUBJECT).maxLength("body", body, MAX_BODY);
        if (contactId == null && companyId == null && dealId == null) {
            errors.add("contact_id", NEEDS_A_LINK);
            errors.add("company_id", NEEDS_A_LINK);
            errors.add("deal_id", NEEDS_A_LINK);
        }
        errors.throwIfAny();
    }

    /** Details that link no deal. */
    public CommunicationLogDetails(
            CommunicationType type,
            Direction direction,
            String subject,
            String body,
            Instant occurredAt,
            Integer durationMinutes,
            ContactId contactId,
            CompanyId companyId,
            boolean visibleToCustomer) {
        this(
                type,
                direction,
                subject,
                body,
                occurredAt,
                durationMinutes,
                contactId,
                companyId,
                null,
                visibleToCustomer);
    }

    /** The same details, happening at {@code at} when no time was given. */
    public CommunicationLogDetails occurringByDefaultAt(Instant at) {
        return occurredAt != null ? this : withOccurredAt(at);
    }

    private CommunicationLogDetails withOccurredAt(Instant at) {
        return new CommunicationLogDetails(
                type, direction, subject, body, at, durationMinutes, contactId, companyId, dealId, visibleToCustomer);
    }

    /** The same details, linked to this company too (the company of the linked deal or contact). */
    public CommunicationLogDetails linkingCompany(CompanyId company) {
        return new CommunicationLogDetails(
                type,
                direction,
                subject,
                body,
                occurredAt,
                durationMinutes,
                contactId,
                company,
                dealId,
                visibleToCustomer);
    }

    /** The fields by API name, for the audit trail's before/after. */
    public Map<String, Object> asFields() {
        var fields = new LinkedHashMap<String, Object>();
        fields.put("type", type.apiName());
        fields.put("direction", direction == null ? null : direction.apiName());
        fields.put("subject", subject);
        fields.put("body", body);
        fields.put("occurred_at", occurredAt == null ? null : occurredAt.toString());
        fields.put("duration_minutes", durationMinutes);
        fields.put("contact_id", contactId == null ? null : contactId.value());
        fields.put("company_id", companyId == null ? null : companyId.value());
        fields.put("deal_id", dealId == null ? null : dealId.value());
        fields.put("visible_to_customer", visibleToCustomer);
        return fields;
    }
}
