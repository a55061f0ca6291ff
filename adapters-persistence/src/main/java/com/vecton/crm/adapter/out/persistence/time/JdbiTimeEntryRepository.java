package com.vecton.crm.adapter.out.persistence.time;

import com.vecton.crm.adapter.out.persistence.Columns;
import com.vecton.crm.adapter.out.persistence.JdbiStore;
import com.vecton.crm.adapter.out.persistence.PagedSelect;
import com.vecton.crm.adapter.out.persistence.Table;
import com.vecton.crm.adapter.out.persistence.Where;
import com.vecton.crm.application.port.out.TimeEntryRepository;
import com.vecton.crm.domain.access.UserId;
import com.vecton.crm.domain.access.Visibility;
import com.vecton.crm.domain.listing.Page;
import com.vecton.crm.domain.listing.PageRequest;
import com.vecton.crm.domain.problem.RuleViolated;
import com.vecton.crm.domain.project.ProjectId;
import com.vecton.crm.domain.sync.ChangeBatch;
import com.vecton.crm.domain.sync.ChangePosition;
import com.vecton.crm.domain.task.TaskId;
import com.vecton.crm.domain.time.TimeEntry;
import com.vecton.crm.domain.time.TimeEntryDetails;
import com.vecton.crm.domain.time.TimeEntryId;
import com.vecton.crm.domain.time.TimeEntryListing;
import com.vecton.crm.domain.time.TimeEntryQuery;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.result.ResultIterator;
import org.jdbi.v3.core.statement.Query;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import org.jdbi.v3.core.statement.Update;
import org.postgresql.util.PSQLException;

/**
 * {@link TimeEntryRepository} as rows of {@code time_entries} (V10; {@code task_id} since V11); rows
 * mapped by hand, as every store's. An entry's owner ({@code user_id}) never changes.
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
public final class JdbiTimeEntryRepository extends JdbiStore<TimeEntryId, TimeEntry> implements TimeEntryRepository {
    private static final Table TIME_ENTRIES = Table.keepingHistory(
                    "time_entries", "user_id", "project_id", "task_id", "started_at", "ended_at", "note", "billable")
            .fixing("user_id");

    private static final String UNIQUE_VIOLATION = "23505";
    private static final String EXCLUSION_VIOLATION = "23P01";
    private static final String ONE_RUNNING = "time_entries_one_running_uq";
    private static final String NO_OVERLAP = "time_entries_no_overlap";

    /**
     * Rows an export reads per round trip through its cursor: a few hundred KiB in memory at a time,
     * and few enough round trips that a year of a team's time streams in seconds.
     */
    static final int EXPORT_FETCH_SIZE = 1_000;

    private static final String COLUMNS = TIME_ENTRIES.columns();

    private static final RowMapper<TimeEntry> ENTRY = (rows, context) -> {
        Long task = Columns.nullableLong(rows, 4);
        return TimeEntry.restore(
                new TimeEntryId(rows.getLong(1)),
                new UserId(rows.getString(2)),
                new TimeEntryDetails(
                        new ProjectId(rows.getLong(3)),
                        task == null ? null : new TaskId(task),
                        Columns.instant(rows, 5),
                        Columns.instant(rows, 6),
                        rows.getString(7),
                        rows.getBoolean(8)),
                Columns.userId(rows, 9),
                Columns.instant(rows, 10),
                Columns.instant(rows, 11),
                Columns.instant(rows, 12),
                rows.getLong(13));
    };

    /** Each attribute a list of entries can be filtered on (TimeEntryAccess.FILTERABLE), tested over a text[] of values. */
    private static final Map<String, String> VISIBILITY_TESTS = Map.of(
            "user_id", "user_id = ANY (%s)",
            "project_id", "project_id::text = ANY (%s)",
            "task_id", "task_id::text = ANY (%s)",
            "billable", "billable::text = ANY (%s)",
            "created_by", "created_by = ANY (%s)");

    /** Held until the transaction ends; the key space is shared with other advisory locks, hence the prefix. */
    private static final String LOCK_OWNER = """
            SELECT 1 FROM pg_advisory_xact_lock(hashtextextended('time_entries:' || :userId, 0))""";

    public JdbiTimeEntryRepository(Jdbi jdbi) {
        super(jdbi, TIME_ENTRIES, TimeEntryId::new, PagedSelect.NARROW_FIRST_UP_TO);
    }

    @Override
    protected List<TimeEntry> read(Handle handle, Query rows) {
        return rows.map(ENTRY).list();
    }

    @Override
    protected void bind(Update row, TimeEntry entry) {
        var d = entry.details();
        row.bind("id", entry.id().value())
                .bind("user_id", entry.owner().value())
                .bind("project_id", d.projectId().value())
                .bind("task_id", d.taskId() == null ? null : d.taskId().value())
                .bind("started_at", Columns.timestamptz(d.startedAt()))
                .bind("ended_at", Columns.timestamptz(d.endedAt()))
                .bind("note", d.note())
                .bind("billable", d.billable());
        bindLifecycle(row, entry);
    }

    /** The row, after the owner's lock (see the class comment); the schema's rules, broken, become the domain's. */
    @Override
    public void save(TimeEntry entry) {
        try {
            jdbi.useHandle(handle -> {
                handle.createQuery(LOCK_OWNER)
                        .bind("userId", entry.owner().value())
                        .mapTo(Integer.class)
                        .one();
                upsert(handle, entry);
            });
        } catch (UnableToExecuteStatementException e) {
            var broken = ruleBrokenBy(e);
            if (broken.isPresent()) {
                throw broken.get();
            }
            throw e;
        }
    }

    /**
     * The page and both totals, each by its own statement over the same conditions (what the caller
     * may see among them included, so the totals count only that); outside a
     * transaction a write committed between them can show in one and not yet in another. Totals
     * add up the stored {@code duration_minutes}; days are UTC dates of {@code started_at}.
     */
    @Override
    public TimeEntryListing list(TimeEntryQuery query, Visibility visible, PageRequest page) {
        var where = where(query).and(visible(visible));
        Consumer<Query> bind = where::bind;
        return jdbi.withHandle(handle -> {
            long counted = select(handle, bind, """
                    SELECT count(*) FROM (SELECT 1 FROM time_entries WHERE %s LIMIT :cap) AS matches""", where)
                    .bind("cap", Page.COUNTED_UP_TO + 1)
                    .mapTo(Long.class)
                    .one();
            var items = select(handle, bind, """
                    SELECT %s FROM time_entries
                    WHERE %s
                    ORDER BY started_at DESC, id DESC
                    LIMIT :limit OFFSET :offset""", COLUMNS, where)
                    .bind("limit", page.perPage())
                    .bind("offset", page.offset())
                    .map(ENTRY)
                    .list();
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
            var where = where(query);
            try (ResultIterator<TimeEntry> rows = select(handle, where::bind, """
                    SELECT %s FROM time_entries
                    WHERE %s
                    ORDER BY started_at, id""", COLUMNS, where)
                    .setFetchSize(EXPORT_FETCH_SIZE)
                    .map(ENTRY)
                    .iterator()) {
                while (rows.hasNext()) {
                    sink.accept(rows.next());
                    handed++;
                }
            }
            return handed;
        });
    }

    @Override
    public ChangeBatch<TimeEntry> changesAfter(
            Optional<UserId> owner, ChangePosition after, Visibility visible, int limit) {
        var rows = Where.of("TRUE");
        owner.ifPresent(o -> rows.and("user_id = :owner", q -> q.bind("owner", o.value())));
        return changes(after, rows, visible, limit);
    }

    @Override
    protected Map<String, String> visibilityTests() {
        return VISIBILITY_TESTS;
    }

    /** The conditions of a query, each with its parameters. */
    private Where where(TimeEntryQuery query) {
        var where = live();
        query.owner().ifPresent(o -> where.and("user_id = :owner", q -> q.bind("owner", o.value())));
        query.project().ifPresent(p -> where.and("project_id = :project", q -> q.bind("project", p.value())));
        query.task().ifPresent(t -> where.and("task_id = :task", q -> q.bind("task", t.value())));
        query.from().ifPresent(f -> where.and("started_at >= :from", q -> q.bind("from", Columns.timestamptz(f))));
        query.to().ifPresent(t -> where.and("started_at < :to", q -> q.bind("to", Columns.timestamptz(t))));
        return where;
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
