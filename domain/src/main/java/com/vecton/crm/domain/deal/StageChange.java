package com.vecton.crm.domain.deal;

import com.vecton.crm.domain.access.UserId;
import com.vecton.crm.domain.pipeline.StageId;
import java.time.Instant;
import java.util.Optional;

/**
 * One row of a deal's stage history: the deal entered {@code to} (from {@code from}, or as it was
 * created when that is absent) at {@code changedAt}, by {@code changedBy}, with {@code probability}
 * from then on. Written in the transaction of the change.
 */
public record StageChange(
        DealId dealId, StageId from, StageId to, Instant changedAt, UserId changedBy, int probability) {
    public StageChange {
        if (dealId == null || to == null || changedAt == null || to.equals(from)) {
            throw new IllegalArgumentException("a stage change is of a deal, to another stage, at a time");
        }
    }

    /** The change that made {@code after} of {@code before} ({@code null} for a new deal), by {@code who}. */
    public static StageChange of(Deal before, Deal after, UserId who) {
        return new StageChange(
                after.id(),
                before == null ? null : before.details().stageId(),
                after.details().stageId(),
                after.updatedAt(),
                who,
                after.probability());
    }

    public Optional<StageId> fromStage() {
        return Optional.ofNullable(from);
    }

    public Optional<UserId> changedByUser() {
        return Optional.ofNullable(changedBy);
    }
}
