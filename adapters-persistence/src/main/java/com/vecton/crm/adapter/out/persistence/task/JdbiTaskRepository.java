package com.vecton.crm.adapter.out.persistence.task;

import com.vecton.crm.adapter.out.persistence.Columns;
import com.vecton.crm.adapter.out.persistence.PagedSelect;
import com.vecton.crm.adapter.out.persistence.SearchMatch;
import com.vecton.crm.application.port.out.TaskRepository;
import com.vecton.crm.domain.access.UserId;
import com.vecton.crm.domain.access.Visibility;
import com.vecton.crm.domain.label.TaskLabelId;
import com.vecton.crm.domain.listing.Page;
import com.vecton.crm.domain.listing.PageRequest;
import com.vecton.crm.domain.project.ProjectId;
import com.vecton.crm.domain.task.BoardColumn;
import com.vecton.crm.domain.task.Task;
import com.vecton.crm.domain.task.TaskId;
import com.vecton.crm.domain.task.TaskQuery;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Query;

/**
 * {@link TaskRepository} on Postgres (V9): a row of {@code tasks} plus its rows in
 * {@code task_assignees} and {@code task_label_links}. Joins the caller's transaction when there
 * is one (see {@link com.vecton.crm.adapter.out.persistence.JdbiTransactions}).
 *
 * <p>The position statements only shift; keeping a column 0, 1, 2, … is the callers' job, done
 * under the project's row lock. The deferred constraint {@code tasks_position_key} refuses at
 * commit whatever would leave two live tasks on one position.
 */
public final class JdbiTaskRepository implements TaskRepository {
    /** Priorities sort by rank; the index {@code tasks_priority_rank_idx} holds exactly this expression. */
    private static final String PRIORITY_RANK =
            "(CASE priority WHEN 'low' THEN 0 WHEN 'normal' THEN 1 WHEN 'high' THEN 2 ELSE 3 END)";

    /**
     * The only text that reaches ORDER BY: API sort field to sort key. Client input selects an entry
     * here and is never written into SQL. Each key has an index {@code (key, id)} (V9).
     */
    private static final Map<String, String> SORT_COLUMNS = Map.of(
            "title", "public.f_unaccent(lower(title))",
            "priority", PRIORITY_RANK,
            "due_at", "due_at",
            "created_at", "created_at",
            "updated_at", "updated_at",
            "position", "position");

    /** A folded substring match on the trigram-indexed column (see {@link SearchMatch}). */
    private static final String MATCHES_SEARCH = SearchMatch.on("search_text");
    private static final String IN_PROJECT = "project_id = :projectId";
    private static final String HAS_STATUS = "status = :status";
    private static final String HAS_PRIORITY = "priority = :priority";
    private static final String ASSIGNED = """
            EXISTS (SELECT 1 FROM task_assignees a WHERE a.task_id = tasks.id AND a.user_id = :assigneeId)""";
    private static final String LABELLED = """
            EXISTS (SELECT 1 FROM task_label_links l WHERE l.task_id = tasks.id AND l.label_id = :labelId)""";
    /** A half-open range, [due_after, due_before) (TaskQuery); both run on tasks_due_at_idx. */
    private static final String DUE_BEFORE = "due_at < :dueBefore";
    private static final String DUE_AFTER = "due_at >= :dueAfter";

    private static final String SAVE = """
            INSERT INTO tasks (id, project_id, title, description, status, priority, due_at, position,
                               completed_at, created_by, created_at, updated_at, deleted_at)
            VALUES (:id, :projectId, :title, :description, :status, :priority, :dueAt, :position,
                    :completedAt, :createdBy, :createdAt, :updatedAt, :deletedAt)
            ON CONFLICT (id) DO UPDATE SET
                project_id   = excluded.project_id,
                title        = excluded.title,
                description  = excluded.description,
                status       = excluded.status,
                priority     = excluded.priority,
                due_at       = excluded.due_at,
                position     = excluded.position,
                completed_at = excluded.completed_at,
                updated_at   = excluded.updated_at,
                deleted_at   = excluded.deleted_at""";
    private static final String UNASSIGN_OTHERS =
            "DELETE FROM task_assignees WHERE task_id = :id AND NOT (user_id = ANY (:userIds))";
    private static final String ASSIGN = """
            INSERT INTO task_assignees (task_id, user_id)
            SELECT :id, unnest(CAST(:userIds AS text[]))
            ON CONFLICT DO NOTHING""";
    private static final String UNLABEL_OTHERS =
            "DELETE FROM task_label_links WHERE task_id = :id AND NOT (label_id = ANY (:labelIds))";
    /**
     * Links only labels that are not linked yet and still exist. A kept link is never written again,
     * so a label deleted meanwhile (its links go with it, V9) is simply dropped, never a foreign-key
     * error; the use cases lock the labels they add, so those do exist.
     */
    private static final String LABEL = """
            INSERT INTO task_label_links (task_id, label_id)
            SELECT :id, l.id
            FROM task_labels l
            WHERE l.id = ANY (:labelIds)
              AND NOT EXISTS (SELECT 1 FROM task_label_links x WHERE x.task_id = :id AND x.label_id = l.id)
            ON CONFLICT DO NOTHING""";

    private static final String FIND_LIVE =
            "SELECT " + TaskRow.COLUMNS + " FROM tasks WHERE id = :id AND deleted_at IS NULL";
    private static final String FIND_ANY = "SELECT " + TaskRow.COLUMNS + " FROM tasks WHERE id = :id";
    private static final String LOCK = "SELECT " + TaskRow.COLUMNS + " FROM tasks WHERE id = :id FOR UPDATE";
    private static final String PROJECT_OF = "SELECT project_id FROM tasks WHERE id = :id";
    private static final String BOARD = "SELECT " + TaskRow.COLUMNS + """
             FROM tasks
            WHERE project_id = :projectId AND deleted_at IS NULL
            ORDER BY status, position""";

    /** Live tasks are exactly the ones with a position (tasks_live_have_position). */
    private static final String COUNT_OTHERS = """
            SELECT count(*) FROM tasks
            WHERE project_id = :projectId AND status = :status AND position IS NOT NULL AND id <> :id""";
    private static final String CLOSE_GAP = """
            UPDATE tasks SET position = position - 1
            WHERE project_id = :projectId AND status = :status AND position > :position""";
    private static final String OPEN_GAP = """
            UPDATE tasks SET position = position + 1
            WHERE project_id = :projectId AND status = :status AND position >= :position AND id <> :id""";

    private static final String ASSIGNEES_OF = "SELECT task_id, user_id FROM task_assignees WHERE task_id = ANY (:ids)";
    private static final String LABELS_OF = "SELECT task_id, label_id FROM task_label_links WHERE task_id = ANY (:ids)";

    private final Jdbi jdbi;
    private final long narrowFirstUpTo;

    public JdbiTaskRepository(Jdbi jdbi) {
        this(jdbi, PagedSelect.NARROW_FIRST_UP_TO);
    }

    /** With the threshold of {@link PagedSelect} given, so that tests reach both query shapes. */
    JdbiTaskRepository(Jdbi jdbi, long narrowFirstUpTo) {
        this.jdbi = jdbi;
        this.narrowFirstUpTo = narrowFirstUpTo;
    }

    @Override
    public TaskId nextId() {
        return new TaskId(jdbi.withHandle(handle -> handle.createQuery("SELECT nextval('tasks_id_seq')")
                .mapTo(Long.class).one()));
    }

    @Override
    public void save(Task task) {
        var d = task.details();
        long id = task.id().value();
        jdbi.useHandle(handle -> {
            handle.createUpdate(SAVE)
                    .bind("id", id)
                    .bind("projectId", d.projectId().value())
                    .bind("title", d.title())
                    .bind("description", d.description())
                    .bind("status", d.status().apiName())
                    .bind("priority", d.priority().apiName())
                    .bind("dueAt", Columns.timestamptz(d.dueAt()))
                    .bind("position", task.position().orElse(null))
                    .bind("completedAt", task.completedAt().orElse(null))
                    .bind("createdBy", task.createdBy().map(UserId::value).orElse(null))
                    .bind("createdAt", task.createdAt())
                    .bind("updatedAt", task.updatedAt())
                    .bind("deletedAt", task.deletedAt().orElse(null))
                    .execute();
            var users = d.sortedAssigneeIds().stream().map(UserId::value).toList();
            handle.createUpdate(UNASSIGN_OTHERS).bind("id", id).bindArray("userIds", String.class, users).execute();
            handle.createUpdate(ASSIGN).bind("id", id).bindArray("userIds", String.class, users).execute();
            var labels = d.sortedLabelIds().stream().map(TaskLabelId::value).toList();
            handle.createUpdate(UNLABEL_OTHERS).bind("id", id).bindArray("labelIds", Long.class, labels).execute();
            handle.createUpdate(LABEL).bind("id", id).bindArray("labelIds", Long.class, labels).execute();
        });
    }

    @Override
    public Optional<Task> findById(TaskId id) {
        return jdbi.withHandle(handle -> withPivots(handle,
                handle.createQuery(FIND_LIVE).bind("id", id.value()).map(TaskRow.MAPPER).list()))
                .stream().findFirst();
    }

    @Override
    public Optional<Task> findLiveOrDeletedById(TaskId id) {
        return jdbi.withHandle(handle -> withPivots(handle,
                handle.createQuery(FIND_ANY).bind("id", id.value()).map(TaskRow.MAPPER).list()))
                .stream().findFirst();
    }

    @Override
    public Optional<ProjectId> projectOf(TaskId id) {
        return jdbi.withHandle(handle -> handle.createQuery(PROJECT_OF).bind("id", id.value())
                .mapTo(Long.class).findOne()).map(ProjectId::new);
    }

    @Override
    public Optional<Task> lockById(TaskId id) {
        return jdbi.withHandle(handle -> withPivots(handle,
                handle.createQuery(LOCK).bind("id", id.value()).map(TaskRow.MAPPER).list()))
                .stream().findFirst();
    }

    @Override
    public int countOthers(BoardColumn column, TaskId task) {
        return jdbi.withHandle(handle -> handle.createQuery(COUNT_OTHERS)
                .bind("projectId", column.projectId().value()).bind("status", column.status().apiName())
                .bind("id", task.value())
                .mapTo(Integer.class).one());
    }

    @Override
    public void closeGap(BoardColumn column, int position) {
        jdbi.useHandle(handle -> handle.createUpdate(CLOSE_GAP)
                .bind("projectId", column.projectId().value()).bind("status", column.status().apiName())
                .bind("position", position)
                .execute());
    }

    @Override
    public void openGap(BoardColumn column, int position, TaskId task) {
        jdbi.useHandle(handle -> handle.createUpdate(OPEN_GAP)
                .bind("projectId", column.projectId().value()).bind("status", column.status().apiName())
                .bind("position", position).bind("id", task.value())
                .execute());
    }

    @Override
    public List<Task> onBoard(ProjectId project) {
        return jdbi.withHandle(handle -> withPivots(handle,
                handle.createQuery(BOARD).bind("projectId", project.value()).map(TaskRow.MAPPER).list()));
    }

    @Override
    public Page<Task> search(TaskQuery query, Visibility visible, PageRequest page) {
        String column = SORT_COLUMNS.get(query.sort().field());
        if (column == null) {
            throw new IllegalArgumentException("not a sortable task field: " + query.sort().field());
        }
        // Open due dates sort last ascending and first descending (Postgres' default for NULLs), both ways by index.
        String direction = query.sort().descending() ? " DESC" : " ASC";
        var where = new StringBuilder("deleted_at IS NULL");
        query.projectId().ifPresent(p -> where.append("\n  AND ").append(IN_PROJECT));
        query.status().ifPresent(s -> where.append("\n  AND ").append(HAS_STATUS));
        query.priority().ifPresent(p -> where.append("\n  AND ").append(HAS_PRIORITY));
        query.assigneeId().ifPresent(a -> where.append("\n  AND ").append(ASSIGNED));
        query.labelId().ifPresent(l -> where.append("\n  AND ").append(LABELLED));
        query.dueBefore().ifPresent(b -> where.append("\n  AND ").append(DUE_BEFORE));
        query.dueAfter().ifPresent(a -> where.append("\n  AND ").append(DUE_AFTER));
        query.search().ifPresent(s -> where.append("\n  AND ").append(MATCHES_SEARCH));
        var visibility = VisibleTasks.of(visible);
        visibility.condition().ifPresent(condition -> where.append("\n  AND ").append(condition));
        // A search, an assignee or a label usually keeps few tasks: count them first (see PagedSelect).
        boolean narrow = query.search().isPresent() || query.assigneeId().isPresent() || query.labelId().isPresent();
        var select = new PagedSelect("tasks", TaskRow.COLUMNS, where.toString(),
                column + direction + ", id" + direction, narrow);
        Consumer<Query> bind = statement -> {
            query.projectId().ifPresent(p -> statement.bind("projectId", p.value()));
            query.status().ifPresent(s -> statement.bind("status", s.apiName()));
            query.priority().ifPresent(p -> statement.bind("priority", p.apiName()));
            query.assigneeId().ifPresent(a -> statement.bind("assigneeId", a.value()));
            query.labelId().ifPresent(l -> statement.bind("labelId", l.value()));
            query.dueBefore().ifPresent(b -> statement.bind("dueBefore", Columns.timestamptz(b)));
            query.dueAfter().ifPresent(a -> statement.bind("dueAfter", Columns.timestamptz(a)));
            query.search().ifPresent(s -> SearchMatch.bind(statement, s));
            visibility.bind(statement);
        };
        return jdbi.withHandle(handle -> {
            var rows = select.run(handle, page, bind, TaskRow.MAPPER, narrowFirstUpTo);
            var tasks = withPivots(handle, rows.items());
            return new Page<>(tasks, rows.request(), rows.total(), rows.totalIsExact());
        });
    }

    /** The rows as tasks, with their assignees and labels read in one query per pivot. */
    private static List<Task> withPivots(Handle handle, List<TaskRow> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        var ids = rows.stream().map(TaskRow::id).toList();
        var assignees = new HashMap<Long, Set<UserId>>();
        handle.createQuery(ASSIGNEES_OF).bindArray("ids", Long.class, ids)
                .map((r, c) -> Map.entry(r.getLong(1), new UserId(r.getString(2))))
                .forEach(e -> assignees.computeIfAbsent(e.getKey(), k -> new HashSet<>()).add(e.getValue()));
        var labels = new HashMap<Long, Set<TaskLabelId>>();
        handle.createQuery(LABELS_OF).bindArray("ids", Long.class, ids)
                .map((r, c) -> Map.entry(r.getLong(1), new TaskLabelId(r.getLong(2))))
                .forEach(e -> labels.computeIfAbsent(e.getKey(), k -> new HashSet<>()).add(e.getValue()));
        return rows.stream()
                .map(row -> row.toTask(assignees.getOrDefault(row.id(), Set.of()), labels.getOrDefault(row.id(), Set.of())))
                .toList();
    }

    /**
     * Locks the projects and then the tasks the user is assigned to, in the order every task use
     * case locks (TaskServices: projects by ascending id, then the task), before deleting the
     * pivot rows. Without the task locks an edit that had loaded such a task a moment earlier would
     * save its assignees back, user included, after this delete.
     */
    @Override
    public List<TaskId> unassignEverywhere(UserId user) {
        return jdbi.withHandle(handle -> {
            handle.createQuery("""
                            SELECT id FROM projects
                            WHERE id IN (SELECT t.project_id
                                         FROM tasks t JOIN task_assignees a ON a.task_id = t.id
                                         WHERE a.user_id = :userId)
                            ORDER BY id
                            FOR UPDATE""")
                    .bind("userId", user.value()).mapTo(Long.class).list();
            handle.createQuery("""
                            SELECT id FROM tasks
                            WHERE id IN (SELECT task_id FROM task_assignees WHERE user_id = :userId)
                            ORDER BY id
                            FOR UPDATE""")
                    .bind("userId", user.value()).mapTo(Long.class).list();
            return handle.createQuery("DELETE FROM task_assignees WHERE user_id = :userId RETURNING task_id")
                    .bind("userId", user.value())
                    .mapTo(Long.class)
                    .stream().sorted().map(TaskId::new).toList();
        });
    }
}
