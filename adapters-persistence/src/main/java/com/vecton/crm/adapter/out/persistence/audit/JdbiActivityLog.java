package com.vecton.crm.adapter.out.persistence.audit;

import com.vecton.crm.adapter.out.persistence.Columns;
import com.vecton.crm.adapter.out.persistence.PagedSelect;
import com.vecton.crm.adapter.out.persistence.event.LocalOutboxSignal;
import com.vecton.crm.application.port.out.ActivityLog;
import com.vecton.crm.application.port.out.ActivityLogReader;
import com.vecton.crm.domain.access.UserId;
import com.vecton.crm.domain.audit.ActivityEntry;
import com.vecton.crm.domain.audit.ActivityQuery;
import com.vecton.crm.domain.audit.Actor;
import com.vecton.crm.domain.audit.AuditEvent;
import com.vecton.crm.domain.audit.RecordedActivity;
import com.vecton.crm.domain.listing.Page;
import com.vecton.crm.domain.listing.PageRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.Query;
import org.jdbi.v3.core.statement.SqlStatement;

/**
 * {@link ActivityLog} as rows of {@code activity_log}, each with its event in {@code outbox},
 * written in the caller's transaction; and {@link ActivityLogReader} over the same rows.
 */
public final class JdbiActivityLog implements ActivityLog, ActivityLogReader {
    private static final String COLUMNS =
            "id, occurred_at, actor_user_id, impersonator_id, subject_type, subject_id, event, changes::text";

    /** Maps a row selected with {@link #COLUMNS}, by position. */
    private static final RowMapper<RecordedActivity> MAPPER = (rows, context) -> {
        String impersonator = rows.getString(4);
        var actor = new Actor(new UserId(rows.getString(3)), impersonator == null ? null : new UserId(impersonator));
        return new RecordedActivity(
                rows.getLong(1),
                new ActivityEntry(
                        actor,
                        rows.getString(5),
                        rows.getString(6),
                        AuditEvent.fromStored(rows.getString(7)),
                        ChangesJson.read(rows.getString(8)),
                        Columns.instant(rows, 2)));
    };

    /**
     * Newest first. Each filter combination a client uses most has an index in this order (V3):
     * one subject's history, one actor's doings, a time range.
     */
    private static final String NEWEST_FIRST = "occurred_at DESC, id DESC";

    private static final String INSERT_ENTRY = """
            INSERT INTO activity_log (occurred_at, actor_user_id, impersonator_id, subject_type, subject_id, event,
                                      changes)
            VALUES (:occurredAt, :actor, :impersonator, :subjectType, :subjectId, :event, CAST(:changes AS jsonb))""";
    private static final String INSERT_ENTRY_AND_EVENT =
            """
            WITH entry AS (
            %s
                RETURNING id)
            INSERT INTO outbox (activity_id) SELECT id FROM entry""".formatted(INSERT_ENTRY.indent(4).stripTrailing());

    private final Jdbi jdbi;
    /** Present when entries are also events to publish: it wakes this process's relay. */
    private final Optional<LocalOutboxSignal> outboxSignal;

    /**
     * @param outboxSignal present when every entry is also an event in the outbox; empty when
     *                     nothing publishes (no broker configured), so the outbox stays empty
     */
    public JdbiActivityLog(Jdbi jdbi, Optional<LocalOutboxSignal> outboxSignal) {
        this.jdbi = jdbi;
        this.outboxSignal = outboxSignal;
    }

    /**
     * Writes the entry and its event in the outbox (V13) in one statement: every change is also
     * published, with no extra round trip and no code in the use cases, and the two rows cannot
     * part (a data-modifying CTE runs in the statement, and so in the transaction, of the caller).
     * The relay of this process is woken once the event is committed, not before (it would not see it).
     */
    @Override
    public void record(ActivityEntry entry) {
        recordAll(List.of(entry));
    }

    /** One prepared batch: a job's thousand entries are one round trip, not a thousand. */
    @Override
    public void recordAll(List<ActivityEntry> entries) {
        jdbi.useHandle(handle -> {
            outboxSignal.ifPresent(signal -> {
                if (handle.isInTransaction()) {
                    handle.afterCommit(signal::eventsCommitted);
                }
            });
            if (entries.size() == 1) {
                bind(handle.createUpdate(insert()), entries.getFirst()).execute();
            } else {
                var batch = handle.prepareBatch(insert());
                entries.forEach(entry -> bind(batch, entry).add());
                batch.execute();
            }
            if (!handle.isInTransaction()) {
                outboxSignal.ifPresent(LocalOutboxSignal::eventsCommitted);
            }
        });
    }

    private String insert() {
        return outboxSignal.isPresent() ? INSERT_ENTRY_AND_EVENT : INSERT_ENTRY;
    }

    private static <S extends SqlStatement<S>> S bind(S statement, ActivityEntry entry) {
        var impersonator = entry.actor().impersonatorId();
        return statement
                .bind("occurredAt", entry.occurredAt())
                .bind("actor", entry.actor().userId().value())
                .bind("impersonator", impersonator == null ? null : impersonator.value())
                .bind("subjectType", entry.subjectType())
                .bind("subjectId", entry.subjectId())
                .bind("event", entry.event().apiName())
                .bind("changes", ChangesJson.write(entry.changes()));
    }

    @Override
    public Page<RecordedActivity> find(ActivityQuery query, PageRequest page) {
        var conditions = new ArrayList<String>();
        query.subjectType().ifPresent(t -> conditions.add("subject_type = :subjectType"));
        query.subjectId().ifPresent(i -> conditions.add("subject_id = :subjectId"));
        query.actor().ifPresent(a -> conditions.add("actor_user_id = :actor"));
        query.from().ifPresent(f -> conditions.add("occurred_at >= :from"));
        query.to().ifPresent(t -> conditions.add("occurred_at < :to"));
        String where = conditions.isEmpty() ? "TRUE" : String.join("\n  AND ", conditions);
        var select = new PagedSelect("activity_log", COLUMNS, where, NEWEST_FIRST, false);
        Consumer<Query> bind = statement -> {
            query.subjectType().ifPresent(t -> statement.bind("subjectType", t));
            query.subjectId().ifPresent(i -> statement.bind("subjectId", i));
            query.actor().ifPresent(a -> statement.bind("actor", a.value()));
            query.from().ifPresent(f -> statement.bind("from", Columns.timestamptz(f)));
            query.to().ifPresent(t -> statement.bind("to", Columns.timestamptz(t)));
        };
        return jdbi.withHandle(handle -> select.run(handle, page, bind, MAPPER, PagedSelect.NARROW_FIRST_UP_TO));
    }
}
