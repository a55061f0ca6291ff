package com.vecton.crm.domain.sync;

import java.util.List;

/**
 * What a store read of a changes feed found after a position: the changes in feed order, the
 * position of the last of them (the position asked after when there are none), whether more
 * changes below the horizon follow, and the horizon itself: the oldest transaction that was
 * still running when the store looked, below which every change has been read.
 */
public record ChangeBatch<E>(List<Change<E>> changes, ChangePosition reached, boolean hasMore, long horizon) {
    public ChangeBatch {
        changes = List.copyOf(changes);
        if (reached == null || horizon < 0) {
            throw new IllegalArgumentException("a batch knows where it ended and its horizon");
        }
    }
}
