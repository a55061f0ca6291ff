package com.vecton.crm.adapter.out.persistence.sla;

import com.vecton.crm.adapter.out.persistence.Columns;
import com.vecton.crm.application.port.out.SlaRecords;
import com.vecton.crm.domain.listing.Page;
import com.vecton.crm.domain.listing.PageRequest;
import com.vecton.crm.domain.sla.SlaBreach;
import com.vecton.crm.domain.sla.SlaTarget;
import com.vecton.crm.domain.sla.SlaTask;
import com.vecton.crm.domain.sla.StatusChange;
import java.sql.Array;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;

/**
 * Tasks as the SLA clock reads them, and breaches and warnings (V42, V43); rows mapped by hand.
 * A page of tasks is read with two statements, the tasks and then their histories by id.
 */
public final class JdbiSlaRecords implements SlaRecords {
    private static final String TASK_COLUMNS = """
            t.id, t.priority, t.project_id,
            ARRAY(SELECT l.label_id FROM task_label_links l WHERE l.task_id = t.id) AS labels,
            ARRAY(SELECT b.target FROM sla_breaches b WHERE b.task_id = t.id) AS breached,
            ARRAY(SELECT w.target FROM sla_warnings w WHERE w.task_id = t.id) AS warned""";
    private static final String BREACH_COLUMNS = "id, task_id, policy_id, target, due_at, breached_at, resolved_at";
    private static final String BREACH_FILTER = """
            (CAST(:from AS timestamptz) IS NULL OR breached_at >= :from)
              AND (CAST(:to AS timestamptz) IS NULL OR breached_at < :to)
              AND (CAST(:policy AS bigint) IS NULL OR policy_id = :policy)
              AND (CAST(:resolved AS boolean) IS NULL OR (resolved_at IS NOT NULL) = :resolved)""";

    private static final RowMapper<SlaBreach> BREACH = (rows, ctx) -> new SlaBreach(
            rows.getLong("id"),
            rows.getLong("task_id"),
            rows.getLong("policy_id"),
            SlaTarget.fromApi(rows.getString("target")),
            Columns.instant(rows, rows.findColumn("due_at")),
            Columns.instant(rows, rows.findColumn("breached_at")),
            Columns.instant(rows, rows.findColumn("resolved_at")));

    /** A task row before its history is read. */
    private record Row(
            long id,
            String priority,
            long projectId,
            Set<Long> labels,
            Set<SlaTarget> breached,
            Set<SlaTarget> warned) {}

    private static final RowMapper<Row> ROW = (rows, ctx) -> new Row(
            rows.getLong("id"),
            rows.getString("priority"),
            rows.getLong("project_id"),
            longs(rows.getArray("labels")),
            targets(rows.getArray("breached")),
            targets(rows.getArray("warned")));

    private final Jdbi jdbi;

    public JdbiSlaRecords(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    private static Set<Long> longs(Array array) throws SQLException {
        var set = new HashSet<Long>();
        for (Object value : (Object[]) array.getArray()) {
            set.add(((Number) value).longValue());
        }
        return set;
    }

    private static Set<SlaTarget> targets(Array array) throws SQLException {
        var set = new HashSet<SlaTarget>();
        for (Object value : (Object[]) array.getArray()) {
            set.add(SlaTarget.fromApi((String) value));
        }
        return set;
    }

    private static List<SlaTask> withHistory(Handle handle, List<Row> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, List<StatusChange>> histories = new HashMap<>();
        handle.createQuery("""
                        SELECT task_id, status, entered_at FROM task_status_history
                        WHERE task_id = ANY (:ids) ORDER BY task_id, entered_at, id""")
                .bindArray("ids", Long.class, rows.stream().map(Row::id).toList())
                .map((r, ctx) -> Map.entry(
                        r.getLong("task_id"),
                        new StatusChange(r.getString("status"), Columns.instant(r, r.findColumn("entered_at")))))
                .forEach(e -> histories
                        .computeIfAbsent(e.getKey(), k -> new ArrayList<>())
                        .add(e.getValue()));
        var tasks = new ArrayList<SlaTask>(rows.size());
        for (var row : rows) {
            var history = histories.get(row.id());
            if (history == null || history.isEmpty()) {
                continue; // no history: a task written around the trigger; nothing to time it by
            }
            tasks.add(new SlaTask(
                    row.id(), row.priority(), row.projectId(), row.labels(), history, row.breached(), row.warned()));
        }
        return tasks;
    }

    @Override
    public Optional<SlaTask> task(long taskId) {
        return jdbi.withHandle(handle -> {
            var rows = handle.createQuery(
                            "SELECT " + TASK_COLUMNS + " FROM tasks t WHERE t.id = :id AND t.deleted_at IS NULL")
                    .bind("id", taskId)
                    .map(ROW)
                    .list();
            return withHistory(handle, rows).stream().findFirst();
        });
    }

    @Override
    public List<SlaTask> open(Instant createdBy, long afterId, int limit) {
        return jdbi.withHandle(handle -> {
            var rows = handle.createQuery("SELECT " + TASK_COLUMNS + """
                             FROM tasks t
                            WHERE t.deleted_at IS NULL AND t.status <> 'done' AND t.created_at <= :createdBy AND t.id > :after
                              AND NOT (EXISTS (SELECT 1 FROM sla_breaches b
                                               WHERE b.task_id = t.id AND b.target = 'resolution')
                                       AND (t.status <> 'todo'
                                            OR EXISTS (SELECT 1 FROM sla_breaches b
                                                       WHERE b.task_id = t.id AND b.target = 'first_response')))
                            ORDER BY t.id
                            LIMIT :limit""")
                    .bind("createdBy", Columns.timestamptz(createdBy))
                    .bind("after", afterId)
                    .bind("limit", limit)
                    .map(ROW)
                    .list();
            return withHistory(handle, rows);
        });
    }

    /** The semi-join reads the recent changes by their index, not every task. */
    @Override
    public List<SlaTask> changedSince(Instant since, long afterId, int limit) {
        return jdbi.withHandle(handle -> {
            var rows = handle.createQuery("SELECT " + TASK_COLUMNS + """
                             FROM tasks t
                            WHERE t.deleted_at IS NULL AND t.id > :after
                              AND t.id IN (SELECT h.task_id FROM task_status_history h
                                            WHERE h.entered_at >= :since AND h.task_id > :after)
                            ORDER BY t.id
                            LIMIT :limit""")
                    .bind("since", Columns.timestamptz(since))
                    .bind("after", afterId)
                    .bind("limit", limit)
                    .map(ROW)
                    .list();
            return withHistory(handle, rows);
        });
    }

    @Override
    public List<SlaTask> createdBetween(Instant from, Instant to) {
        return jdbi.withHandle(handle -> {
            var rows = handle.createQuery("SELECT " + TASK_COLUMNS + """
                             FROM tasks t
                            WHERE t.deleted_at IS NULL AND t.created_at >= :from AND t.created_at < :to
                            ORDER BY t.id""")
                    .bind("from", Columns.timestamptz(from))
                    .bind("to", Columns.timestamptz(to))
                    .map(ROW)
                    .list();
            var tasks = new ArrayList<SlaTask>();
            for (int i = 0; i < rows.size(); i += 1_000) {
                tasks.addAll(withHistory(handle, rows.subList(i, Math.min(rows.size(), i + 1_000))));
            }
            return tasks;
        });
    }

    /** Transaction-scoped, taken without waiting; its key is shared with no other lock. */
    @Override
    public boolean claimBreachRun() {
        return jdbi.withHandle(
                handle -> handle.createQuery("SELECT pg_try_advisory_xact_lock(hashtextextended('sla:breach-job', 0))")
                        .mapTo(Boolean.class)
                        .one());
    }

    @Override
    public Instant previousRun(Instant thisRun) {
        return jdbi.withHandle(handle -> handle.createQuery("""
                        UPDATE sla_breach_job j SET last_run_at = :now
                          FROM (SELECT last_run_at FROM sla_breach_job) AS previous
                        RETURNING previous.last_run_at""")
                .bind("now", Columns.timestamptz(thisRun))
                .mapTo(java.time.OffsetDateTime.class)
                .one()
                .toInstant());
    }

    /**
     * The runs are serialised by the job's lock, so NOT EXISTS sees every earlier breach; the
     * partial unique index still guards an unresolved one against any other writer. The instants
     * travel as ISO text, cast by Postgres (the driver has no array type for them).
     */
    @Override
    public List<NewBreach> recordBreaches(List<NewBreach> breaches) {
        if (breaches.isEmpty()) {
            return List.of();
        }
        var written = jdbi.withHandle(handle -> handle.createQuery("""
                        INSERT INTO sla_breaches (task_id, policy_id, target, due_at, breached_at, resolved_at)
                        SELECT n.task_id, n.policy_id, n.target, n.due_at, n.breached_at, n.resolved_at
                          FROM unnest(:tasks, :policies, :targets, CAST(:due AS timestamptz[]),
                                      CAST(:breached AS timestamptz[]), CAST(:resolved AS timestamptz[]))
                               AS n (task_id, policy_id, target, due_at, breached_at, resolved_at)
                         WHERE NOT EXISTS (SELECT 1 FROM sla_breaches b WHERE b.task_id = n.task_id AND b.target = n.target)
                        ON CONFLICT (task_id, target) WHERE resolved_at IS NULL DO NOTHING
                        RETURNING task_id, target""")
                .bindArray(
                        "tasks",
                        Long.class,
                        breaches.stream().map(NewBreach::taskId).toList())
                .bindArray(
                        "policies",
                        Long.class,
                        breaches.stream().map(NewBreach::policyId).toList())
                .bindArray(
                        "targets",
                        String.class,
                        breaches.stream().map(b -> b.target().apiName()).toList())
                .bindArray("due", String.class, texts(breaches.stream().map(NewBreach::dueAt)))
                .bindArray("breached", String.class, texts(breaches.stream().map(NewBreach::breachedAt)))
                .bindArray("resolved", String.class, texts(breaches.stream().map(NewBreach::resolvedAt)))
                .map((row, ctx) -> row.getLong(1) + ":" + row.getString(2))
                .set());
        return breaches.stream()
                .filter(b -> written.contains(b.taskId() + ":" + b.target().apiName()))
                .toList();
    }

    @Override
    public List<NewWarning> recordWarnings(List<NewWarning> warnings) {
        if (warnings.isEmpty()) {
            return List.of();
        }
        var written = jdbi.withHandle(handle -> handle.createQuery("""
                        INSERT INTO sla_warnings (task_id, policy_id, target, due_at, warned_at)
                        SELECT n.task_id, n.policy_id, n.target, n.due_at, n.warned_at
                          FROM unnest(:tasks, :policies, :targets, CAST(:due AS timestamptz[]), CAST(:warned AS timestamptz[]))
                               AS n (task_id, policy_id, target, due_at, warned_at)
                        ON CONFLICT (task_id, target) DO NOTHING
                        RETURNING task_id, target""")
                .bindArray(
                        "tasks",
                        Long.class,
                        warnings.stream().map(NewWarning::taskId).toList())
                .bindArray(
                        "policies",
                        Long.class,
                        warnings.stream().map(NewWarning::policyId).toList())
                .bindArray(
                        "targets",
                        String.class,
                        warnings.stream().map(w -> w.target().apiName()).toList())
                .bindArray("due", String.class, texts(warnings.stream().map(NewWarning::dueAt)))
                .bindArray("warned", String.class, texts(warnings.stream().map(NewWarning::warnedAt)))
                .map((row, ctx) -> row.getLong(1) + ":" + row.getString(2))
                .set());
        return warnings.stream()
                .filter(w -> written.contains(w.taskId() + ":" + w.target().apiName()))
                .toList();
    }

    private static List<String> texts(java.util.stream.Stream<Instant> instants) {
        return instants.map(at -> at == null ? null : at.toString()).collect(java.util.stream.Collectors.toList());
    }

    @Override
    public int resolveMet(Instant at) {
        return jdbi.withHandle(handle ->
                handle.createUpdate("""
                        UPDATE sla_breaches b
                           SET resolved_at = coalesce(
                                   (SELECT min(h.entered_at) FROM task_status_history h
                                     WHERE h.task_id = b.task_id
                                       AND CASE b.target WHEN 'first_response' THEN h.status <> 'todo'
                                                         ELSE h.status = 'done' END),
                                   :at)
                          FROM tasks t
                         WHERE b.task_id = t.id AND b.resolved_at IS NULL
                           AND ((b.target = 'first_response' AND t.status <> 'todo')
                                OR (b.target = 'resolution' AND t.status = 'done'))""").bind("at", Columns.timestamptz(at)).execute());
    }

    @Override
    public Page<SlaBreach> breaches(Instant from, Instant to, Long policyId, Boolean resolved, PageRequest page) {
        return jdbi.withHandle(handle -> {
            long counted = handle.createQuery("SELECT count(*) FROM (SELECT 1 FROM sla_breaches WHERE " + BREACH_FILTER
                            + " LIMIT :cap) AS m")
                    .bindByType("from", Columns.timestamptz(from), java.time.OffsetDateTime.class)
                    .bindByType("to", Columns.timestamptz(to), java.time.OffsetDateTime.class)
                    .bindByType("policy", policyId, Long.class)
                    .bindByType("resolved", resolved, Boolean.class)
                    .bind("cap", Page.COUNTED_UP_TO + 1)
                    .mapTo(Long.class)
                    .one();
            var items = handle.createQuery("SELECT " + BREACH_COLUMNS + " FROM sla_breaches WHERE " + BREACH_FILTER
                            + " ORDER BY breached_at DESC, id DESC LIMIT :limit OFFSET :offset")
                    .bindByType("from", Columns.timestamptz(from), java.time.OffsetDateTime.class)
                    .bindByType("to", Columns.timestamptz(to), java.time.OffsetDateTime.class)
                    .bindByType("policy", policyId, Long.class)
                    .bindByType("resolved", resolved, Boolean.class)
                    .bind("limit", page.perPage())
                    .bind("offset", page.offset())
                    .map(BREACH)
                    .list();
            return Page.counted(items, page, counted);
        });
    }
}
