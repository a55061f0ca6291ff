package com.vecton.crm.application.port.out;

import com.vecton.crm.domain.audit.ActivityEntry;
import java.util.List;

/** The audit trail. Record inside the transaction of the change it describes. */
public interface ActivityLog {

    void record(ActivityEntry entry);

    /** Many entries of one transaction at once (a job's batch), in this order. */
    default void recordAll(List<ActivityEntry> entries) {
        entries.forEach(this::record);
    }
}
