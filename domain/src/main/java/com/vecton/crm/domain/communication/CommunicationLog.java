package com.vecton.crm.domain.communication;

import com.vecton.crm.domain.access.ResourceAttributes;
import com.vecton.crm.domain.access.UserId;
import com.vecton.crm.domain.lifecycle.HistoryRecord;
import com.vecton.crm.domain.lifecycle.Lifecycle;
import java.time.Instant;
import java.util.HashMap;
import java.util.Set;

/**
 * One exchange with a customer (a call, an email, a meeting, a note, a text message), linked to a
 * contact, a company or both. Immutable: every change returns a new value.
 */
public final class CommunicationLog
        extends HistoryRecord<CommunicationLogId, CommunicationLogDetails, CommunicationLog> {
    /** The type of log entries in resource names, {@code crm:communication_logs/{id}}. */
    public static final String RESOURCE_TYPE = "communication_logs";

    /**
     * The attributes of {@link #attributes()} a list of log entries can be filtered on in the store,
     * so that allows and denies conditioned on them (StringEquals, StringNotEquals) decide a list
     * item by item: all of them.
     */
    public static final Set<String> FILTERABLE =
            Set.of("created_by", "type", "contact_id", "company_id", "deal_id", "visible_to_customer");

    private CommunicationLog(CommunicationLogId id, CommunicationLogDetails details, Lifecycle lifecycle) {
        super(id, details, lifecycle);
        if (details.occurredAt() == null) {
            throw new IllegalArgumentException("a stored log entry has the time it happened");
        }
    }

    /** A new entry; one that names no time happened now. */
    public static CommunicationLog create(
            CommunicationLogId id, CommunicationLogDetails details, UserId createdBy, Instant now) {
        return new CommunicationLog(id, details.occurringByDefaultAt(now), Lifecycle.begun(createdBy, now));
    }

    public static CommunicationLog restore(
            CommunicationLogId id,
            CommunicationLogDetails details,
            UserId createdBy,
            Instant createdAt,
            Instant updatedAt,
            Instant deletedAt,
            long version) {
        return new CommunicationLog(id, details, new Lifecycle(createdBy, createdAt, updatedAt, deletedAt, version));
    }

    /** These details, changed now. */
    public CommunicationLog withDetails(CommunicationLogDetails edited, Instant now) {
        return changedTo(edited, now);
    }

    @Override
    protected CommunicationLog with(CommunicationLogDetails details, Lifecycle lifecycle) {
        return new CommunicationLog(id(), details, lifecycle);
    }

    @Override
    protected String resourceType() {
        return RESOURCE_TYPE;
    }

    /** {@code created_by} (when recorded), {@code type}, the links it has, {@code visible_to_customer}. */
    @Override
    public ResourceAttributes attributes() {
        var d = details();
        var values = new HashMap<String, Object>();
        createdBy().ifPresent(user -> values.put("created_by", user.value()));
        values.put("type", d.type().apiName());
        if (d.contactId() != null) {
            values.put("contact_id", d.contactId().value());
        }
        if (d.companyId() != null) {
            values.put("company_id", d.companyId().value());
        }
        if (d.dealId() != null) {
            values.put("deal_id", d.dealId().value());
        }
        values.put("visible_to_customer", d.visibleToCustomer());
        return new ResourceAttributes(values);
    }
}
