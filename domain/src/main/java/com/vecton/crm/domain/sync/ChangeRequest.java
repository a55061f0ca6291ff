package com.vecton.crm.domain.sync;

import com.vecton.crm.domain.problem.ValidationFailed;
import java.util.Optional;

/**
 * What a client asks a changes feed for: the changes after its cursor (from the start without
 * one), at most {@code perPage} of them. {@code per_page} defaults to {@value #DEFAULT_PER_PAGE}
 * and is capped at {@value #MAX_PER_PAGE}, as lists cap theirs (a larger value is capped, not refused).
 */
public record ChangeRequest(Optional<SyncCursor> after, int perPage) {
    public static final int DEFAULT_PER_PAGE = 100;
    public static final int MAX_PER_PAGE = 500;

    public ChangeRequest {
        if (after == null || perPage < 1 || perPage > MAX_PER_PAGE) {
            throw new IllegalArgumentException("a change request has an optional cursor and 1.." + MAX_PER_PAGE);
        }
    }

    /** From the client's values: no {@code perPage} means the default, too large is capped. */
    public static ChangeRequest of(Optional<SyncCursor> after, Integer perPage) {
        int size = perPage == null ? DEFAULT_PER_PAGE : Math.min(perPage, MAX_PER_PAGE);
        if (size < 1) {
            throw ValidationFailed.of("per_page", "must be at least 1");
        }
        return new ChangeRequest(after, size);
    }

    /** Where the client stands. */
    public ChangePosition position() {
        return after.map(SyncCursor::position).orElse(ChangePosition.START);
    }
}
