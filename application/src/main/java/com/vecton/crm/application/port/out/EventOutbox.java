package com.vecton.crm.application.port.out;

import com.vecton.crm.domain.event.CrmEvent;
import java.util.List;

/**
 * The CRM's own events waiting to be published. Every {@link ActivityLog#record} also adds an
 * event here, in the same transaction. Call both methods inside one transaction.
 */
public interface EventOutbox {

    /**
     * The oldest waiting events, at most {@code max}, in sequence order, locked until the
     * transaction ends; empty when another transaction is relaying right now (one relay at a time
     * keeps each subject's events in order across replicas).
     */
    List<CrmEvent> claimOldest(int max);

    /** Removes published events (by sequence) from the outbox. */
    void remove(List<CrmEvent> published);
}
