package com.vecton.crm.adapter.out.persistence.task;

import com.vecton.crm.adapter.out.persistence.Columns;
import com.vecton.crm.adapter.out.persistence.JdbiStore;
import com.vecton.crm.adapter.out.persistence.PagedSelect;
import com.vecton.crm.adapter.out.persistence.SearchMatch;
import com.vecton.crm.adapter.out.persistence.Table;
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
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Query;
import org.jdbi.v3.core.statement.Update;

/**
 * {@link TaskRepository} on Postgres (V9): a row of {@code tasks} plus its rows in
 * {@code task_assignees} and {@code task_label_links}, which {@link #read} adds to the rows of
 * every read and {@link #save} writes after the row; rows mapped by hand, as every store's.
 *
 * <p>The position statements only shift; keeping a column 0, 1, 2, … is the callers' job, done
 * under the project's row lock. The deferred constraint {@code tasks_position_key} refuses at
 * commit whatever would leave two live tasks on one position.
 */
public final class JdbiTaskRepository extends JdbiStore<TaskId, Task> implements TaskRepository {
    private static final Table TASKS = Table.keepingHistory(
            "tasks", "project_id", "title", "description", "status", "priority", "due_at", "position", "completed_at");

    /** Priorities sort by rank; the index {@code tasks_priority_rank_idx} holds exactly this expression. */
    private static final String PRIORITY_RANK =
            "(CASE priority WHEN 'low' THEN 0 WHEN 'normal' THEN 1 WHEN 'high' THEN 2 ELSE 3 END)";

    /** API sort field to sort key, each with an index {@code (key, id)} (V9). */
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

    private static final String PROJECT_OF = "SELECT project_id FROM tasks WHERE id = :id";
    private static final String BOARD = "SELECT " + TASKS.columns() + "\nFROM tasks\nWHERE project_id = :projectId AND "
            + TASKS.live() + "\nORDER BY status, position";

    /** Live tasks are exactly the ones with a position (tasks_live_have_position). */
    private static final String COUNT_OTHERS = """
            SELECT count(*) FROM tasks
            WHERE project_id = :projectId AND status = :status AND position IS NOT NULL AND id <> :id""";

    /**
     * The shifts change the position of the tasks they move, which their JSON shows: each is a new
     * version of those tasks (so their ETags change), though not a change anyone made to them.
     */
    private static final String CLOSE_GAP = """
            UPDATE tasks SET position = position - 1, version = version + 1
            WHERE project_id = :projectId AND status = :status AND position > :position""";

    private static final String OPEN_GAP = """
            UPDATE tasks SET position = position + 1, version = version + 1
            WHERE project_id = :projectId AND status = :status AND position >= :position AND id <> :id""";

    /** A task without a user among its assignees is a new version of it, as any change of its JSON is. */
    private static final String NEW_VERSIONS = "UPDATE tasks SET version = version + 1 WHERE id = ANY (:ids)";

    private static final String ASSIGNEES_OF = "SELECT task_id, user_id FROM task_assignees WHERE task_id = ANY (:ids)";
    private static final String LABELS_OF = "SELECT task_id, label_id FROM task_label_links WHERE task_id = ANY (:ids)";

    /** Each attribute a list of tasks can be filtered on (TaskAccess.FILTERABLE), tested over a text[] of values. */
    private static final Map<String, String> VISIBILITY_TESTS = Map.of(
            "assignee_ids",
                    "EXISTS (SELECT 1 FROM task_assignees a WHERE a.task_id = tasks.id AND a.user_id = ANY (%s))",
            "created_by", "created_by = ANY (%s)",
            "status", "status = ANY (%s)",
            "project_id", "project_id::text = ANY (%s)");

    public JdbiTaskRepository(Jdbi jdbi) {
        this(jdbi, PagedSelect.NARROW_FIRST_UP_TO);
    }

    /** With the threshold of {@link PagedSelect} given, so that tests reach both query shapes. */
    JdbiTaskRepository(Jdbi jdbi, long narrowFirstUpTo) {
        super(jdbi, TASKS, TaskId::new, narrowFirstUpTo);
    }

    /** The rows as tasks, with their assignees and labels read in one query per pivot. */
    @Override
    protected List<Task> read(Handle handle, Query rows) {
        return withPivots(handle, rows.map(TaskRow.MAPPER).list());
    }

    @Override
    protected void bind(Update row, Task task) {
        var d = task.details();
        row.bind("id", task.id().value())
                .bind("project_id", d.projectId().value())
                .bind("title", d.title())
                .bind("description", d.description())
                .bind("status", d.status().apiName())
                .bind("priority", d.priority().apiName())
                .bind("due_at", Columns.timestamptz(d.dueAt()))
                .bind("position", task.position().orElse(null))
                .bind("completed_at", task.completedAt().orElse(null));
        bindLifecycle(row, task);
    }

    /** The row, then the assignees and labels it has now: the others' pivot rows go, the new ones come. */
    @Override
    public void save(Task task) {
        var d = task.details();
        long id = task.id().value();
        jdbi.useHandle(handle -> {
            upsert(handle, task);
            var users = d.sortedAssigneeIds().stream().map(UserId::value).toList();
            handle.createUpdate(UNASSIGN_OTHERS)
                    .bind("id", id)
                    .bindArray("userIds", String.class, users)
                    .execute();
            handle.createUpdate(ASSIGN)
                    .bind("id", id)
                    .bindArray("userIds", String.class, users)
                    .execute();
            var labels = d.sortedLabelIds().stream().map(TaskLabelId::value).toList();
            handle.createUpdate(UNLABEL_OTHERS)
                    .bind("id", id)
                    .bindArray("labelIds", Long.class, labels)
                    .execute();
            handle.createUpdate(LABEL)
                    .bind("id", id)
                    .bindArray("labelIds", Long.class, labels)
                    .execute();
        });
    }

    @Override
    public Optional<ProjectId> projectOf(TaskId id) {
        return jdbi.withHandle(handle -> handle.createQuery(PROJECT_OF)
                        .bind("id", id.value())
                        .mapTo(Long.class)
                        .findOne())
                .map(ProjectId::new);
    }

    @Override
    public int countOthers(BoardColumn column, TaskId task) {
        return jdbi.withHandle(handle -> handle.createQuery(COUNT_OTHERS)
                .bind("projectId", column.projectId().value())
                .bind("status", column.status().apiName())
                .bind("id", task.value())
                .mapTo(Integer.class)
                .one());
    }

    @Override
    public void closeGap(BoardColumn column, int position) {
        jdbi.useHandle(handle -> handle.createUpdate(CLOSE_GAP)
                .bind("projectId", column.projectId().value())
                .bind("status", column.status().apiName())
                .bind("position", position)
                .execute());
    }

    @Override
    public void openGap(BoardColumn column, int position, TaskId task) {
        jdbi.useHandle(handle -> handle.createUpdate(OPEN_GAP)
                .bind("projectId", column.projectId().value())
                .bind("status", column.status().apiName())
                .bind("position", position)
                .bind("id", task.value())
                .execute());
    }

    @Override
    public List<Task> onBoard(ProjectId project) {
        return jdbi.withHandle(handle -> read(handle, handle.createQuery(BOARD).bind("projectId", project.value())));
    }

    @Override
    public Page<Task> search(TaskQuery query, Visibility visible, PageRequest page) {
        var where = live();
        query.projectId().ifPresent(p -> where.and(IN_PROJECT, q -> q.bind("projectId", p.value())));
        query.status().ifPresent(s -> where.and(HAS_STATUS, q -> q.bind("status", s.apiName())));
        query.priority().ifPresent(p -> where.and(HAS_PRIORITY, q -> q.bind("priority", p.apiName())));
        query.assigneeId().ifPresent(a -> where.and(ASSIGNED, q -> q.bind("assigneeId", a.value())));
        query.labelId().ifPresent(l -> where.and(LABELLED, q -> q.bind("labelId", l.value())));
        query.dueBefore().ifPresent(b -> where.and(DUE_BEFORE, q -> q.bind("dueBefore", Columns.timestamptz(b))));
        query.dueAfter().ifPresent(a -> where.and(DUE_AFTER, q -> q.bind("dueAfter", Columns.timestamptz(a))));
        query.search().ifPresent(s -> where.and(MATCHES_SEARCH, q -> SearchMatch.bind(q, s)));
        where.and(visible(visible));
        // A search, an assignee or a label usually keeps few tasks: count them first (see PagedSelect).
        boolean narrow = query.search().isPresent()
                || query.assigneeId().isPresent()
                || query.labelId().isPresent();
        return page(where, SORT_COLUMNS, query.sort(), narrow, page);
    }

    @Override
    protected Map<String, String> visibilityTests() {
        return VISIBILITY_TESTS;
    }

    private static List<Task> withPivots(Handle handle, List<TaskRow> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        var ids = rows.stream().map(TaskRow::id).toList();
        var assignees = new HashMap<Long, Set<UserId>>();
        handle.createQuery(ASSIGNEES_OF)
                .bindArray("ids", Long.class, ids)
                .map((r, c) -> Map.entry(r.getLong(1), new UserId(r.getString(2))))
                .forEach(e -> assignees
                        .computeIfAbsent(e.getKey(), k -> new HashSet<>())
                        .add(e.getValue()));
        var labels = new HashMap<Long, Set<TaskLabelId>>();
        handle.createQuery(LABELS_OF)
                .bindArray("ids", Long.class, ids)
                .map((r, c) -> Map.entry(r.getLong(1), new TaskLabelId(r.getLong(2))))
                .forEach(e ->
                        labels.computeIfAbsent(e.getKey(), k -> new HashSet<>()).add(e.getValue()));
        return rows.stream()
                .map(row ->
                        row.toTask(assignees.getOrDefault(row.id(), Set.of()), labels.getOrDefault(row.id(), Set.of())))
                .toList();
    }

    /**
     * Locks the projects and then the tasks the user is assigned to, in the order every task use
     * case locks (TaskServices: projects by ascending id, then the task), before deleting the
     * pivot rows. Without the task locks an edit that had loaded such a task a moment earlier would
     * save its assignees back, user included, after this delete. The tasks' {@code assignee_ids}
     * change, so each gets a new version.
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
                    .bind("userId", user.value())
                    .mapTo(Long.class)
                    .list();
            handle.createQuery("""
                            SELECT id FROM tasks
                            WHERE id IN (SELECT task_id FROM task_assignees WHERE user_id = :userId)
                            ORDER BY id
                            FOR UPDATE""")
                    .bind("userId", user.value())
                    .mapTo(Long.class)
                    .list();
            var unassigned = handle
                    .createQuery("DELETE FROM task_assignees WHERE user_id = :userId RETURNING task_id")
                    .bind("userId", user.value())
                    .mapTo(Long.class)
                    .stream()
                    .sorted()
                    .toList();
            handle.createUpdate(NEW_VERSIONS)
                    .bindArray("ids", Long.class, unassigned)
                    .execute();
            return unassigned.stream().map(TaskId::new).toList();
        });
    }
}
