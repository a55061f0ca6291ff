package com.vecton.crm.adapter.out.persistence.time;

import com.vecton.crm.adapter.out.persistence.Columns;
import com.vecton.crm.application.port.out.TimeEntryRepository;
import com.vecton.crm.domain.access.UserId;
import com.vecton.crm.domain.listing.Page;
import com.vecton.crm.domain.listing.PageRequest;
import com.vecton.crm.domain.problem.RuleViolated;
import com.vecton.crm.domain.project.ProjectId;
import com.vecton.crm.domain.task.TaskId;
import com.vecton.crm.domain.time.TimeEntry;
import com.vecton.crm.domain.time.TimeEntryDetails;
import com.vecton.crm.domain.time.TimeEntryId;
import com.vecton.crm.domain.time.TimeEntryListing;
import com.vecton.crm.domain.time.TimeEntryQuery;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.result.ResultIterator;
import org.jdbi.v3.core.statement.Query;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import org.postgresql.util.PSQLException;

/**
 * {@link TimeEntryRepository} as rows of {@code time_entries} (V10; {@code task_id} since V11). Joins
 * the caller's transaction when there is one (see {@link com.vecton.crm.adapter.out.persistence.JdbiTransactions}).
 *
 * <p>The two rules across a user's entries live in the schema, not here: the partial unique index
 * {@code time_entries_one_running_uq} and the exclusion constraint {@code time_entries_no_overlap}.
 * This class only turns their violations into the domain's {@code RuleViolated}.
 *
 * <p>Why {@link #save} first takes a lock per owner. An exclusion constraint is checked after the
 * new row is in its index, and a check that meets an uncommitted conflicting row waits for that
 * transaction. Two transactions inserting overlapping entries at the same moment can each wait for
 * the other: Postgres then aborts one with a deadlock ({@code 40P01}), which clients would see as a
 * 500 instead of {@code time_entry_overlap} (measured with pgbench: 8 deadlocks among 10 parallel
 * inserts). A transaction-scoped advisory lock on the owner queues one user's writers, so each
 * constraint check meets only committed rows and answers at once; different users never wait for
 * each other. The constraint, not the lock, still decides what is allowed.
 */
public final class JdbiTimeEntryRepository implements TimeEntryRepository {
    private static final String UNIQUE_VIOLATION = "23505";
    private static final String EXCLUSION_VIOLATION = "23P01";
    private static final String ONE_RUNNING = "time_entries_one_running_uq";
    private static final String NO_OVERLAP = "time_entries_no_overlap";

    /**
     * Rows an export reads per round trip through its cursor: a few hundred KiB in memory at a time,
     * and few enough round trips that a year of a team's time streams in seconds.
     */
    static final int EXPORT_FETCH_SIZE = 1_000;

    private static final String COLUMNS = "id, user_id, project_id, task_id, started_at, ended_at, note, billable, "
            + "created_by, created_at, updated_at, deleted_at";

    private static final RowMapper<TimeEntry> ENTRY = (rows, context) -> {
        Long task = Columns.nullableLong(rows, 4);
        return TimeEntry.restore(new TimeEntryId(rows.getLong(1)), new UserId(rows.getString(2)),
                new TimeEntryDetails(new ProjectId(rows.getLong(3)), task == null ? null : new TaskId(task),
                        Columns.instant(rows, 5), Columns.instant(rows, 6), rows.getString(7), rows.getBoolean(8)),
                rows.getString(9) == null ? null : new UserId(rows.getString(9)),
                Columns.instant(rows, 10), Columns.instant(rows, 11), Columns.instant(rows, 12));
    };

    private static final String SAVE = """
            INSERT INTO time_entries (id, user_id, project_id, task_id, started_at, ended_at, note, billable,
                                      created_by, created_at, updated_at, deleted_at)
            VALUES (:id, :userId, :projectId, :taskId, :startedAt, :endedAt, :note, :billable, :createdBy,
                    :createdAt, :updatedAt, :deletedAt)
            ON CONFLICT (id) DO UPDATE SET
                project_id = excluded.project_id,
                task_id    = excluded.task_id,
                started_at = excluded.started_at,
                ended_at   = excluded.ended_at,
                note       = excluded.note,
                billable   = excluded.billable,
                updated_at = excluded.updated_at,
                deleted_at = excluded.deleted_at""";

    /** Held until the transaction ends; the key space is shared with other advisory locks, hence the prefix. */
    private static final String LOCK_OWNER = """
            SELECT 1 FROM pg_advisory_xact_lock(hashtextextended('time_entries:' || :userId, 0))""";

    private static final String FIND_LIVE = "SELECT " + COLUMNS + " FROM time_entries WHERE id = :id AND deleted_at IS NULL";
    private static final String FIND = "SELECT " + COLUMNS + " FROM time_entries WHERE id = :id";
    private static final String LOCK = "SELECT " + COLUMNS + " FROM time_entries WHERE id = :id FOR UPDATE";

    private final Jdbi jdbi;

    public JdbiTimeEntryRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public TimeEntryId nextId() {
        return new TimeEntryId(jdbi.withHandle(handle -> handle.createQuery("SELECT nextval('time_entries_id_seq')")
                .mapTo(Long.class).one()));
    }

    @Override
    public void save(TimeEntry entry) {
        var d = entry.details();
        try {
            jdbi.useHandle(handle -> {
                handle.createQuery(LOCK_OWNER).bind("userId", entry.owner().value()).mapTo(Integer.class).one();
                handle.createUpdate(SAVE)
                        .bind("id", entry.id().value())
                        .bind("userId", entry.owner().value())
                        .bind("projectId", d.projectId().value())
                        .bind("taskId", d.taskId() == null ? null : d.taskId().value())
                        .bind("startedAt", Columns.timestamptz(d.startedAt()))
                        .bind("endedAt", Columns.timestamptz(d.endedAt()))
                        .bind("note", d.note())
                        .bind("billable", d.billable())
                        .bind("createdBy", entry.createdBy().map(UserId::value).orElse(null))
                        .bind("createdAt", entry.createdAt())
                        .bind("updatedAt", entry.updatedAt())
                        .bind("deletedAt", entry.deletedAt().orElse(null))
                        .execute();
            });
        } catch (UnableToExecuteStatementException e) {
            var broken = ruleBrokenBy(e);
            if (broken.isPresent()) {
                throw broken.get();
            }
            throw e;
        }
    }

    @Override
    public Optional<TimeEntry> findById(TimeEntryId id) {
        return jdbi.withHandle(handle -> handle.createQuery(FIND_LIVE).bind("id", id.value()).map(ENTRY).findOne());
    }

    @Override
    public Optional<TimeEntry> findLiveOrDeletedById(TimeEntryId id) {
        return jdbi.withHandle(handle -> handle.createQuery(FIND).bind("id", id.value()).map(ENTRY).findOne());
    }

    @Override
    public Optional<TimeEntry> lockById(TimeEntryId id) {
        return jdbi.withHandle(handle -> handle.createQuery(LOCK).bind("id", id.value()).map(ENTRY).findOne());
    }

    /**
     * The page and both totals, each by its own statement over the same conditions; outside a
     * transaction a write committed between them can show in one and not yet in another. Totals
     * add up the stored {@code duration_minutes}; days are UTC dates of {@code started_at}.
     */
    @Override
    public TimeEntryListing list(TimeEntryQuery query, PageRequest page) {
        var where = where(query);
        Consumer<Query> bind = binding(query);
        return jdbi.withHandle(handle -> {
            long counted = select(handle, bind, """
                    SELECT count(*) FROM (SELECT 1 FROM time_entries WHERE %s LIMIT :cap) AS matches""", where)
                    .bind("cap", Page.COUNTED_UP_TO + 1).mapTo(Long.class).one();
            var items = select(handle, bind, """
                    SELECT %s FROM time_entries
                    WHERE %s
                    ORDER BY started_at DESC, id DESC
                    LIMIT :limit OFFSET :offset""", COLUMNS, where)
                    .bind("limit", page.perPage()).bind("offset", page.offset())
                    .map(ENTRY).list();
            var perDay = new LinkedHashMap<LocalDate, Long>();
            select(handle, bind, """
                    SELECT (started_at AT TIME ZONE 'UTC')::date AS day, sum(duration_minutes)
                    FROM time_entries
                    WHERE %s
                      AND ended_at IS NOT NULL
                    GROUP BY day
                    ORDER BY day""", where)
                    .map((rows, context) -> Map.entry(rows.getObject(1, LocalDate.class), rows.getLong(2)))
                    .forEach(e -> perDay.put(e.getKey(), e.getValue()));
            var perProject = new LinkedHashMap<ProjectId, Long>();
            select(handle, bind, """
                    SELECT project_id, sum(duration_minutes)
                    FROM time_entries
                    WHERE %s
                      AND ended_at IS NOT NULL
                    GROUP BY project_id
                    ORDER BY project_id""", where)
                    .map((rows, context) -> Map.entry(new ProjectId(rows.getLong(1)), rows.getLong(2)))
                    .forEach(e -> perProject.put(e.getKey(), e.getValue()));
            return new TimeEntryListing(Page.counted(items, page, counted), perDay, perProject);
        });
    }

    /**
     * Reads through a server-side cursor: the driver fetches {@link #EXPORT_FETCH_SIZE} rows at a
     * time, and each entry goes to the sink before the next is mapped, so memory stays flat however
     * many rows match. The Postgres driver uses a cursor only with a fetch size and autocommit off,
     * hence the transaction (joined if the caller has one). It stays open while the sink writes, a
     * slow client holding one pooled connection meanwhile; the export's bounded range
     * ({@link com.vecton.crm.domain.time.TimeEntryExport}) bounds how long. The sort runs on the
     * indexes of V10 and V11, which are in start order.
     */
    @Override
    public long forEachMatching(TimeEntryQuery query, Consumer<TimeEntry> sink) {
        return jdbi.inTransaction(handle -> {
            long handed = 0;
            try (ResultIterator<TimeEntry> rows = select(handle, binding(query), """
                    SELECT %s FROM time_entries
                    WHERE %s
                    ORDER BY started_at, id""", COLUMNS, where(query))
                    .setFetchSize(EXPORT_FETCH_SIZE).map(ENTRY).iterator()) {
                while (rows.hasNext()) {
                    sink.accept(rows.next());
                    handed++;
                }
            }
            return handed;
        });
    }

    /** The conditions of a query, over named parameters that {@link #binding} binds. */
    private static String where(TimeEntryQuery query) {
        var where = new StringBuilder("deleted_at IS NULL");
        query.owner().ifPresent(o -> where.append("\n  AND user_id = :owner"));
        query.project().ifPresent(p -> where.append("\n  AND project_id = :project"));
        query.task().ifPresent(t -> where.append("\n  AND task_id = :task"));
        query.from().ifPresent(f -> where.append("\n  AND started_at >= :from"));
        query.to().ifPresent(t -> where.append("\n  AND started_at < :to"));
        return where.toString();
    }

    private static Consumer<Query> binding(TimeEntryQuery query) {
        return statement -> {
            query.owner().ifPresent(o -> statement.bind("owner", o.value()));
            query.project().ifPresent(p -> statement.bind("project", p.value()));
            query.task().ifPresent(t -> statement.bind("task", t.value()));
            query.from().ifPresent(f -> statement.bind("from", Columns.timestamptz(f)));
            query.to().ifPresent(t -> statement.bind("to", Columns.timestamptz(t)));
        };
    }

    /** A statement from a template whose placeholders are constants of this class, bound by {@code bind}. */
    private static Query select(Handle handle, Consumer<Query> bind, String template, Object... fragments) {
        var query = handle.createQuery(template.formatted(fragments));
        bind.accept(query);
        return query;
    }

    /** The domain rule that a failed write broke, if it was one of the two the schema guards. */
    private static Optional<RuleViolated> ruleBrokenBy(UnableToExecuteStatementException e) {
        if (!(e.getCause() instanceof PSQLException sql) || sql.getServerErrorMessage() == null) {
            return Optional.empty();
        }
        String constraint = sql.getServerErrorMessage().getConstraint();
        if (EXCLUSION_VIOLATION.equals(sql.getSQLState()) && NO_OVERLAP.equals(constraint)) {
            return Optional.of(TimeEntry.overlap());
        }
        if (UNIQUE_VIOLATION.equals(sql.getSQLState()) && ONE_RUNNING.equals(constraint)) {
            return Optional.of(TimeEntry.timerAlreadyRunning());
        }
        return Optional.empty();
    }
}
