package com.vecton.crm.application.service.lifecycle;

import com.vecton.crm.application.port.in.lifecycle.ListChangesUseCase;
import com.vecton.crm.application.port.out.Clock;
import com.vecton.crm.application.port.out.RecordStore;
import com.vecton.crm.domain.access.Requester;
import com.vecton.crm.domain.sync.ChangeBatch;
import com.vecton.crm.domain.sync.ChangePage;
import com.vecton.crm.domain.sync.ChangePosition;
import com.vecton.crm.domain.sync.ChangeRequest;

/**
 * The changes feed of any type, from its store's {@link RecordStore#changesAfter}: the feed shows
 * exactly what the type's list would ({@link VisibleRecords}, the same check, applied by the store
 * in SQL to live and deleted records alike), and a record the requester cannot see is simply not in
 * it, neither live nor as a tombstone.
 *
 * <p>The clock is read before the store reads: the next cursor's time must not be later than the
 * snapshot it was read in ({@link ChangePage#after}).
 */
public final class ListChangesService<E> implements ListChangesUseCase<E> {
    private final Feed<E> feed;
    private final Clock clock;

    /**
     * @param feed what the requester may see of the type's feed, read from the store
     * @param clock when a cursor is issued, and so when it expires
     */
    public ListChangesService(Feed<E> feed, Clock clock) {
        if (feed == null || clock == null) {
            throw new IllegalArgumentException("a changes feed has a store read and a clock");
        }
        this.feed = feed;
        this.clock = clock;
    }

    /** The feed of a type whose records a requester sees as its list shows them ({@link VisibleRecords#ofAll}). */
    public static <E> ListChangesService<E> of(VisibleRecords visible, RecordStore<?, E> store, Clock clock) {
        return new ListChangesService<>(
                who -> {
                    var seen = visible.ofAll(who);
                    return (after, limit) -> store.changesAfter(after, seen, limit);
                },
                clock);
    }

    @Override
    public ChangePage<E> changes(Requester who, ChangeRequest request) {
        var now = clock.now();
        // What the requester may see is decided first (a 403 comes before a 410), then the cursor's age.
        Read<E> read = feed.of(who);
        var after = request.after();
        if (after.isPresent() && after.get().isExpiredAt(now)) {
            throw after.get().expired();
        }
        return ChangePage.after(after, read.after(request.position(), request.perPage()), now);
    }

    /** What one requester may see of a type's feed. */
    @FunctionalInterface
    public interface Feed<E> {
        /**
         * @throws com.vecton.crm.domain.problem.Forbidden when no record could be visible to {@code who}
         */
        Read<E> of(Requester who);
    }

    /** A store read of the feed, limited to what one requester may see. */
    @FunctionalInterface
    public interface Read<E> {
        ChangeBatch<E> after(ChangePosition after, int limit);
    }
}
