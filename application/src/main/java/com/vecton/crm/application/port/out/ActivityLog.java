package com.vecton.crm.application.port.out;

import com.vecton.crm.domain.audit.ActivityEntry;

/** The audit trail. Record inside the transaction of the change it describes. */
public interface ActivityLog {

    void record(ActivityEntry entry);
}
