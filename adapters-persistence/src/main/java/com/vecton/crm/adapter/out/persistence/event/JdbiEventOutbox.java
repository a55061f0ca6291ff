package com.vecton.crm.adapter.out.persistence.event;

import com.vecton.crm.adapter.out.persistence.Columns;
import com.vecton.crm.adapter.out.persistence.audit.ChangesJson;
import com.vecton.crm.application.port.out.EventOutbox;
import com.vecton.crm.domain.access.UserId;
import com.vecton.crm.domain.audit.Actor;
import com.vecton.crm.domain.event.CrmEvent;
import java.util.List;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;

/**
 * {@link EventOutbox} on {@code outbox} (V13), each event's fields read from the activity row it
 * points at. Both methods must run in the relay's transaction; {@link #claimOldest} refuses
 * to run outside one, where its locks would end with the statement.
 *
 * <p>One relay at a time, across replicas. {@link #claimOldest} first tries a transaction-scoped
 * advisory lock (key: {@code hashtextextended('outbox:relay', 0)}, in the key space that
 * {@code JdbiTimeEntryRepository} shares with a {@code time_entries:} prefix; advisory locks are
 * per database, and each tenant has its own). A replica that does not get it returns no events at
 * once instead of waiting; the holder keeps it until its batch is published and removed, or
 * rolled back. That is what keeps each subject's events in order. {@code FOR UPDATE SKIP LOCKED}
 * alone would let replicas relay disjoint batches side by side: one takes sequences 1-100,
 * another 101-200, and a subject changed at 50 and at 150 may be published 150 first; worse, if
 * the first batch fails it is retried after the second went out. The {@code FOR UPDATE} on the
 * rows is a second guard only: should two relays ever overlap (one that does not take the
 * advisory lock, say), the second waits for the first's rows rather than publishing them again.
 */
public final class JdbiEventOutbox implements EventOutbox {
    /** False at once when another transaction relays; held until this transaction ends. */
    private static final String TRY_LOCK_RELAY =
            "SELECT pg_try_advisory_xact_lock(hashtextextended('outbox:relay', 0))";

    private static final String OLDEST = """
            SELECT o.sequence, o.event_id, a.occurred_at, a.actor_user_id, a.impersonator_id, a.subject_type,
                   a.subject_id, a.event, a.changes::text
            FROM outbox o
            JOIN activity_log a ON a.id = o.activity_id
            ORDER BY o.sequence
            LIMIT :max
            FOR UPDATE OF o""";

    private static final String REMOVE = "DELETE FROM outbox WHERE sequence = ANY (:sequences)";

    /** Maps a row of {@link #OLDEST}, by position. */
    private static final RowMapper<CrmEvent> MAPPER = (rows, context) -> {
        String impersonator = rows.getString(5);
        var actor = new Actor(new UserId(rows.getString(4)), impersonator == null ? null : new UserId(impersonator));
        return new CrmEvent(
                rows.getLong(1),
                rows.getObject(2, UUID.class),
                Columns.instant(rows, 3),
                actor,
                rows.getString(6),
                rows.getString(7),
                rows.getString(8),
                ChangesJson.read(rows.getString(9)));
    };

    private final Jdbi jdbi;

    public JdbiEventOutbox(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public List<CrmEvent> claimOldest(int max) {
        if (max < 1) {
            throw new IllegalArgumentException("claim at least one event, not " + max);
        }
        return jdbi.withHandle(handle -> {
            if (!handle.isInTransaction()) {
                throw new IllegalStateException("claim outbox events inside the transaction that publishes them");
            }
            boolean relaying =
                    handle.createQuery(TRY_LOCK_RELAY).mapTo(Boolean.class).one();
            if (!relaying) {
                return List.of();
            }
            return List.copyOf(
                    handle.createQuery(OLDEST).bind("max", max).map(MAPPER).list());
        });
    }

    @Override
    public void remove(List<CrmEvent> published) {
        if (published.isEmpty()) {
            return;
        }
        var sequences = published.stream().map(CrmEvent::sequence).toList();
        jdbi.useHandle(handle -> handle.createUpdate(REMOVE)
                .bindArray("sequences", Long.class, sequences)
                .execute());
    }
}
