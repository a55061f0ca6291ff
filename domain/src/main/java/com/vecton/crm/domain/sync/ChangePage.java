package com.vecton.crm.domain.sync;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** One page of a changes feed as a client gets it: the changes, the cursor to ask with next, and whether more are waiting. */
public record ChangePage<E>(List<Change<E>> changes, SyncCursor next, boolean hasMore) {
    public ChangePage {
        changes = List.copyOf(changes);
        if (next == null) {
            throw new IllegalArgumentException("a page of changes has a next cursor");
        }
    }

    /**
     * The page a store's batch makes for a client that asked {@code after} a cursor (or without
     * one) at {@code now}, a time taken before the store read.
     *
     * <p>Where the next cursor stands. With more changes waiting, at the last one served. Without,
     * at the horizon: every change below it has been read, and every transaction that may still
     * commit one has an id at or above it, so an empty page moves the client up to the horizon
     * too. A long-running transaction holds the horizon back; the feed then waits for it and
     * never skips it.
     *
     * <p>Since when the cursor is vouched for ({@link SyncCursor#issuedAt}). A client that has
     * read up to the horizon has everything that happened before {@code now}: what it still has to
     * learn is written by transactions running at {@code now} or later, so it gets {@code now}.
     * A client still paging through a backlog keeps the time its cursor had (the time of its
     * first page, when it had no cursor): the deletions it has not reached may be older than this
     * call, and the tombstones of those must not be forgotten while its cursor is good.
     */
    public static <E> ChangePage<E> after(Optional<SyncCursor> asked, ChangeBatch<E> batch, Instant now) {
        if (batch.hasMore()) {
            Instant since = asked.map(SyncCursor::issuedAt).orElse(now);
            return new ChangePage<>(batch.changes(), new SyncCursor(batch.reached(), since), true);
        }
        var caughtUp = batch.reached().max(ChangePosition.below(batch.horizon()));
        return new ChangePage<>(batch.changes(), new SyncCursor(caughtUp, now), false);
    }
}
