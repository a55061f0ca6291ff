package com.vecton.crm.application.service.lifecycle;

import com.vecton.crm.application.port.in.access.AuthorizeOnResourceUseCase;
import com.vecton.crm.application.port.out.Clock;
import com.vecton.crm.application.port.out.Transactions;
import com.vecton.crm.application.service.audit.AuditTrail;
import com.vecton.crm.domain.access.Permission;
import com.vecton.crm.domain.access.PolicyResource;
import com.vecton.crm.domain.access.Requester;
import java.util.Set;

/**
 * What every use case needs from the outside, whatever the entity: transactions, the audit trail,
 * the clock, and the check of the requester's policies on a loaded record. One value so wiring
 * stays short.
 */
public record UseCaseKit(Transactions transactions, AuditTrail audit, Clock clock, AuthorizeOnResourceUseCase access) {
    public UseCaseKit {
        if (transactions == null || audit == null || clock == null || access == null) {
            throw new IllegalArgumentException("the use case kit has transactions, an audit trail, a clock and access");
        }
    }

    /**
     * Refuses ({@code 403}, the gate's code) unless the requester's permission holds on this record
     * with its attributes. Call it inside the transaction, on the record as loaded under its row
     * lock: a check on a copy read before would let a change made between the two reads slip by
     * (a task reassigned from A to B while A's edit was on its way).
     */
    public void admit(Requester who, PolicyResource record) {
        access.authorize(who, record.resourceName(), record.attributes());
    }

    /**
     * Which records of one type a list may show ({@link VisibleRecords}): how an entity's lists
     * plug into the check, by their resource type, the permission of the item route (what opening
     * one record needs) and the attributes of {@link PolicyResource#attributes()} their store can filter on.
     */
    public VisibleRecords visible(String type, Permission itemPermission, Set<String> filterable) {
        return new VisibleRecords(type, itemPermission, filterable, access);
    }
}
