package com.vecton.crm.application.service.lifecycle;

import com.vecton.crm.application.port.out.Clock;
import com.vecton.crm.application.port.out.Transactions;
import com.vecton.crm.application.service.audit.AuditTrail;

/** What every use case that changes data needs from the outside, whatever the entity: one value so wiring stays short. */
public record UseCaseKit(Transactions transactions, AuditTrail audit, Clock clock) {
    public UseCaseKit {
        if (transactions == null || audit == null || clock == null) {
            throw new IllegalArgumentException("the use case kit has transactions, an audit trail and a clock");
        }
    }
}
