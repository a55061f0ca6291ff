package com.vecton.crm.domain.sla;

import java.util.List;
import java.util.Set;

/**
 * What the SLA of a task is computed from: its attributes the policies match on, its status
 * history, and the targets that already have a breach (resolved or not) or a warning.
 */
public record SlaTask(
        long id,
        String priority,
        long projectId,
        Set<Long> labelIds,
        List<StatusChange> history,
        Set<SlaTarget> breached,
        Set<SlaTarget> warned) {
    public SlaTask {
        labelIds = Set.copyOf(labelIds);
        history = List.copyOf(history);
        breached = Set.copyOf(breached);
        warned = Set.copyOf(warned);
    }

    public String status() {
        return history.getLast().status();
    }
}
