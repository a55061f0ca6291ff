package com.vecton.crm.domain.sla;

import java.time.Instant;
import java.util.Optional;

/** A target a task missed, recorded once while unresolved; resolved when the task meets it late. */
public record SlaBreach(
        long id, long taskId, long policyId, SlaTarget target, Instant dueAt, Instant breachedAt, Instant resolvedAt) {
    public Optional<Instant> resolved() {
        return Optional.ofNullable(resolvedAt);
    }
}
