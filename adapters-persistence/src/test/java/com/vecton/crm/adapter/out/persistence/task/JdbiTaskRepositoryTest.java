package com.vecton.crm.adapter.out.persistence.task;

import static com.vecton.crm.adapter.out.persistence.task.TaskFixture.ADMIN;
import static com.vecton.crm.adapter.out.persistence.task.TaskFixture.AGOTA;
import static com.vecton.crm.adapter.out.persistence.task.TaskFixture.ODON;
import static com.vecton.crm.adapter.out.persistence.task.TaskFixture.T0;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vecton.crm.adapter.out.persistence.Persistence;
import com.vecton.crm.adapter.out.persistence.testing.TestDatabase;
import com.vecton.crm.application.port.out.TaskRepository;
import com.vecton.crm.domain.access.UserId;
import com.vecton.crm.domain.label.TaskLabelId;
import com.vecton.crm.domain.listing.PageRequest;
import com.vecton.crm.domain.listing.SortOrder;
import com.vecton.crm.domain.project.ProjectId;
import com.vecton.crm.domain.project.ProjectStatus;
import com.vecton.crm.domain.search.SearchText;
import com.vecton.crm.domain.task.BoardColumn;
import com.vecton.crm.domain.task.Task;
import com.vecton.crm.domain.task.TaskDetails;
import com.vecton.crm.domain.task.TaskEdit;
import com.vecton.crm.domain.task.TaskPriority;
import com.vecton.crm.domain.task.TaskQuery;
import com.vecton.crm.domain.task.TaskStatus;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The task store against real Postgres: what it keeps, what it finds, and what the schema refuses. */
class JdbiTaskRepositoryTest {
    private static final Instant DAY1 = Instant.parse("2026-12-01T09:00:00Z");
    private static final Instant DAY2 = Instant.parse("2026-12-02T09:00:00Z");
    private static final Instant DAY3 = Instant.parse("2026-12-03T09:00:00Z");

    private static Persistence db;
    private TaskFixture fixture;
    private TaskRepository tasks;
    private ProjectId project;
    private TaskLabelId urgent;
    private TaskLabelId legal;

    @BeforeAll
    static void connect() {
        db = Persistence.connect(TestDatabase.fresh());
    }

    @AfterAll
    static void close() {
        db.close();
    }

    @BeforeEach
    void aProjectUsersAndLabels() {
        TestDatabase.clean(db.dataSource());
        fixture = new TaskFixture(db);
        fixture.users();
        project = fixture.project(ProjectStatus.ACTIVE);
        urgent = fixture.label("Urgent");
        legal = fixture.label("Legal");
        tasks = db.tasks();
    }

    private Task saved(
            String title,
            TaskStatus status,
            int position,
            TaskPriority priority,
            Instant due,
            Set<UserId> assignees,
            Set<TaskLabelId> labels) {
        var task = Task.create(
                tasks.nextId(),
                new TaskDetails(title, "About " + title, project, status, priority, due, assignees, labels),
                position,
                ADMIN,
                T0);
        tasks.save(task);
        return task;
    }

    private long version(Task task) {
        return tasks.findLiveOrDeletedById(task.id()).orElseThrow().version();
    }

    private List<String> titles(TaskQuery query) {
        return tasks.search(query, new PageRequest(1, 25)).items().stream()
                .map(t -> t.details().title())
                .toList();
    }

    @Test
    void a_saved_task_is_found_as_saved_with_its_assignees_and_labels_and_a_resave_replaces_them() {
        var task =
                saved("Write copy", TaskStatus.DONE, 0, TaskPriority.HIGH, DAY1, Set.of(ODON, AGOTA), Set.of(urgent));
        var found = tasks.findById(task.id()).orElseThrow();
        assertEquals(TaskFixture.state(task), TaskFixture.state(found));
        assertEquals(task.details(), found.details());
        assertEquals(task.completedAt(), found.completedAt());
        assertEquals(Optional.of(0), found.position());

        var edited = task.edit(
                TaskEdit.keepingAll().withAssignees(Set.of(AGOTA)).withLabels(Set.of(legal)), 0, T0.plusSeconds(5));
        tasks.save(edited);

        var reread = tasks.findById(task.id()).orElseThrow();
        assertEquals(Set.of(AGOTA), reread.details().assigneeIds());
        assertEquals(Set.of(legal), reread.details().labelIds());
        assertEquals(T0.plusSeconds(5), reread.updatedAt());
    }

    @Test
    void due_dates_at_the_edges_of_years_1_to_9999_are_stored_and_filtered_as_given() {
        var first =
                saved("First", TaskStatus.TODO, 0, TaskPriority.LOW, Instant.parse("0001-01-01T00:00:00Z"), null, null);
        var last = saved(
                "Last", TaskStatus.TODO, 1, TaskPriority.LOW, Instant.parse("9999-12-31T23:59:59.999999Z"), null, null);

        assertEquals(first.details(), tasks.findById(first.id()).orElseThrow().details());
        assertEquals(last.details(), tasks.findById(last.id()).orElseThrow().details());
        assertEquals(
                1L,
                fixture.count("due_at = '0001-01-01T00:00:00Z'::timestamptz"),
                "written in the calendar it is read in");
        assertEquals(
                List.of("First"),
                titles(TaskQuery.all().dueBetween(null, Instant.parse("0001-01-01T00:00:00.000001Z"))));
    }

    @Test
    void a_deleted_task_is_not_found_but_is_locked_and_its_project_known() {
        var task = saved("Write copy", TaskStatus.TODO, 0, null, null, null, null);
        tasks.save(task.delete(T0.plusSeconds(1)));

        assertTrue(tasks.findById(task.id()).isEmpty());
        assertEquals(Optional.of(project), tasks.projectOf(task.id()));
        var locked =
                db.transactions().inTransaction(() -> tasks.lockById(task.id()).orElseThrow());
        assertTrue(locked.isDeleted());
        assertEquals(Optional.empty(), locked.position());
    }

    @Test
    void the_gap_statements_shift_only_their_column_and_counting_leaves_out_the_given_task() {
        var a = saved("a", TaskStatus.TODO, 0, null, null, null, null);
        saved("b", TaskStatus.TODO, 1, null, null, null, null);
        saved("c", TaskStatus.TODO, 2, null, null, null, null);
        saved("x", TaskStatus.REVIEW, 0, null, null, null, null);
        var todo = new BoardColumn(project, TaskStatus.TODO);

        assertEquals(2, tasks.countOthers(todo, a.id()));
        db.transactions().inTransaction(() -> {
            tasks.closeGap(todo, 0);
            tasks.openGap(todo, 2, a.id());
            tasks.save(a.move(TaskStatus.TODO, 2, T0.plusSeconds(1)));
        });

        assertEquals(
                List.of("b", "c", "a"),
                tasks.onBoard(project).stream()
                        .filter(t -> t.details().status() == TaskStatus.TODO)
                        .map(t -> t.details().title())
                        .toList());
        fixture.assertContiguous(project);
    }

    @Test
    void the_gap_statements_give_every_task_they_shift_a_new_version_and_leave_the_others_at_theirs() {
        var a = saved("a", TaskStatus.TODO, 0, null, null, null, null);
        var b = saved("b", TaskStatus.TODO, 1, null, null, null, null);
        var c = saved("c", TaskStatus.TODO, 2, null, null, null, null);
        var x = saved("x", TaskStatus.REVIEW, 0, null, null, null, null);
        var todo = new BoardColumn(project, TaskStatus.TODO);

        db.transactions().inTransaction(() -> {
            tasks.closeGap(todo, 0);
            tasks.openGap(todo, 2, a.id());
            tasks.save(a.move(TaskStatus.TODO, 2, T0.plusSeconds(1)));
        });

        assertEquals(2, version(a), "the moved task: its own change, once");
        assertEquals(2, version(b), "shifted up by one");
        assertEquals(2, version(c), "shifted up by one (and not again: the new gap is after it)");
        assertEquals(1, version(x), "another column");
        db.transactions().inTransaction(() -> {
            tasks.closeGap(todo, 2);
            tasks.openGap(todo, 0, a.id());
            tasks.save(tasks.lockById(a.id()).orElseThrow().move(TaskStatus.TODO, 0, T0.plusSeconds(2)));
        });
        assertEquals(List.of(3L, 3L, 3L), List.of(version(a), version(b), version(c)), "back to a, b, c");
    }

    @Test
    void deleting_a_label_gives_the_tasks_it_is_taken_off_a_new_version() {
        var labelled = saved("Contract", TaskStatus.TODO, 0, null, null, null, Set.of(urgent, legal));
        var other = saved("Other", TaskStatus.TODO, 1, null, null, null, Set.of(urgent));

        db.taskLabels().delete(legal);

        assertEquals(2, version(labelled));
        assertEquals(1, version(other));
    }

    @Test
    void the_schema_refuses_at_commit_two_live_tasks_on_one_position_but_not_while_shifting() {
        Jdbi sql = fixture.sql();
        var insert = """
                INSERT INTO tasks (project_id, title, position, created_at, updated_at)
                VALUES (%d, '%s', %d, now(), now())""";
        var refused = assertThrows(
                RuntimeException.class,
                () -> sql.useTransaction(h -> {
                    h.execute(insert.formatted(project.value(), "a", 0));
                    h.execute(insert.formatted(project.value(), "b", 0));
                }));
        assertTrue(
                String.valueOf(refused.getMessage()).contains("tasks_position_key")
                        || String.valueOf(refused.getCause()).contains("tasks_position_key"),
                refused::toString);
        assertEquals(0L, fixture.count("true"));

        sql.useTransaction(h -> {
            h.execute(insert.formatted(project.value(), "a", 0));
            h.execute(insert.formatted(project.value(), "b", 0));
            h.execute("UPDATE tasks SET position = 1 WHERE title = 'b'");
        });
        assertEquals(2L, fixture.count("position IS NOT NULL"));
    }

    @Test
    void deleting_a_label_takes_it_off_its_tasks() {
        var task = saved("Contract", TaskStatus.TODO, 0, null, null, null, Set.of(urgent, legal));

        db.taskLabels().delete(legal);

        assertEquals(
                Set.of(urgent),
                tasks.findById(task.id()).orElseThrow().details().labelIds());
    }

    @Test
    void every_filter_narrows_the_list_and_they_combine() {
        saved("Árvíztűrő tükörfúrógép", TaskStatus.TODO, 0, TaskPriority.LOW, DAY1, Set.of(ODON), Set.of(urgent));
        saved("Budget", TaskStatus.TODO, 1, TaskPriority.URGENT, DAY2, Set.of(AGOTA), Set.of(legal));
        saved("Contract", TaskStatus.REVIEW, 0, TaskPriority.HIGH, DAY3, Set.of(ODON, AGOTA), null);
        saved("Deleted", TaskStatus.REVIEW, 1, TaskPriority.HIGH, null, Set.of(ODON), null);
        tasks.save(tasks.findById(
                        tasks.search(TaskQuery.all().searching(new SearchText("deleted")), new PageRequest(1, 1))
                                .items()
                                .getFirst()
                                .id())
                .orElseThrow()
                .delete(T0.plusSeconds(1)));
        var other = fixture.project(ProjectStatus.ACTIVE);
        tasks.save(Task.create(tasks.nextId(), TaskFixture.task("Elsewhere", other, TaskStatus.TODO), 0, ADMIN, T0));
        var byTitle = TaskQuery.all().sortedBy(new SortOrder("title", false));

        assertEquals(List.of("Árvíztűrő tükörfúrógép", "Budget", "Contract", "Elsewhere"), titles(byTitle));
        assertEquals(List.of("Árvíztűrő tükörfúrógép", "Budget", "Contract"), titles(byTitle.inProject(project)));
        assertEquals(List.of("Contract"), titles(byTitle.withStatus(TaskStatus.REVIEW)));
        assertEquals(List.of("Budget"), titles(byTitle.withPriority(TaskPriority.URGENT)));
        assertEquals(List.of("Árvíztűrő tükörfúrógép", "Contract"), titles(byTitle.assignedTo(ODON)));
        assertEquals(List.of("Budget"), titles(byTitle.labelled(legal)));
        assertEquals(List.of("Árvíztűrő tükörfúrógép"), titles(byTitle.dueBetween(null, DAY2)));
        assertEquals(List.of("Budget", "Contract"), titles(byTitle.dueBetween(DAY2, null)));
        assertEquals(List.of("Contract"), titles(byTitle.dueBetween(DAY2.plusNanos(1_000), null)));
        assertEquals(List.of("Árvíztűrő tükörfúrógép", "Budget"), titles(byTitle.dueBetween(DAY1, DAY3)));
        assertEquals(List.of("Árvíztűrő tükörfúrógép"), titles(byTitle.searching(new SearchText("ARVIZ"))));
        assertEquals(List.of("Contract"), titles(byTitle.assignedTo(AGOTA).withStatus(TaskStatus.REVIEW)));
    }

    @Test
    void search_folds_german_transliterations() {
        saved("Grüße an Jürgen", TaskStatus.TODO, 0, TaskPriority.NORMAL, null, Set.of(), Set.of());
        saved("Gruesse an Juergen", TaskStatus.TODO, 1, TaskPriority.NORMAL, null, Set.of(), Set.of());
        var byTitle = TaskQuery.all().sortedBy(new SortOrder("title", false));

        assertEquals(
                List.of("Gruesse an Juergen", "Grüße an Jürgen"), titles(byTitle.searching(new SearchText("grusse"))));
        assertEquals(
                List.of("Gruesse an Juergen", "Grüße an Jürgen"), titles(byTitle.searching(new SearchText("JUERGEN"))));
    }

    @Test
    void priority_sorts_by_rank_and_due_at_puts_open_dates_last() {
        saved("low", TaskStatus.TODO, 0, TaskPriority.LOW, DAY3, null, null);
        saved("urgent", TaskStatus.TODO, 1, TaskPriority.URGENT, null, null, null);
        saved("normal", TaskStatus.TODO, 2, TaskPriority.NORMAL, DAY1, null, null);
        saved("high", TaskStatus.TODO, 3, TaskPriority.HIGH, DAY2, null, null);

        assertEquals(
                List.of("urgent", "high", "normal", "low"),
                titles(TaskQuery.all().sortedBy(new SortOrder("priority", true))));
        assertEquals(
                List.of("normal", "high", "low", "urgent"),
                titles(TaskQuery.all().sortedBy(new SortOrder("due_at", false))));
        assertEquals(
                List.of("low", "urgent", "normal", "high"),
                titles(TaskQuery.all().sortedBy(new SortOrder("position", false))));
    }

    @Test
    void a_search_with_few_matches_gives_the_same_page_in_both_query_shapes() {
        for (int i = 0; i < 5; i++) {
            saved("Report " + i, TaskStatus.TODO, i, null, null, Set.of(ODON), null);
        }
        var query = TaskQuery.all().searching(new SearchText("report")).sortedBy(new SortOrder("title", true));
        var page = new PageRequest(2, 2);

        var matchesFirst = tasks.search(query, page);
        var inIndexOrder = new JdbiTaskRepository(Jdbi.create(db.dataSource()), 0).search(query, page);

        assertEquals(
                List.of("Report 2", "Report 1"),
                matchesFirst.items().stream().map(t -> t.details().title()).toList());
        assertEquals(
                matchesFirst.items().stream().map(TaskFixture::state).toList(),
                inIndexOrder.items().stream().map(TaskFixture::state).toList());
        assertEquals(matchesFirst.total(), inIndexOrder.total());
        assertEquals(5, matchesFirst.total());
        assertEquals(Set.of(ODON), matchesFirst.items().getFirst().details().assigneeIds());
    }

    @Test
    void unassigning_a_user_everywhere_keeps_the_tasks_and_their_other_assignees() {
        var shared = saved("Shared", TaskStatus.TODO, 0, null, null, Set.of(ODON, AGOTA), null);
        var alone = saved("Alone", TaskStatus.TODO, 1, null, null, Set.of(ODON), null);
        var deleted = saved("Deleted", TaskStatus.REVIEW, 0, null, null, Set.of(ODON), null);
        tasks.save(deleted.delete(T0.plusSeconds(1)));
        var others = saved("Others", TaskStatus.TODO, 2, null, null, Set.of(AGOTA), null);

        assertEquals(List.of(shared.id(), alone.id(), deleted.id()), tasks.unassignEverywhere(ODON));
        assertEquals(
                List.of(2L, 2L, 3L, 1L), List.of(version(shared), version(alone), version(deleted), version(others)));

        assertEquals(
                Set.of(AGOTA),
                tasks.findById(shared.id()).orElseThrow().details().assigneeIds());
        assertEquals(
                Set.of(), tasks.findById(alone.id()).orElseThrow().details().assigneeIds());
        assertEquals(
                Set.of(),
                tasks.findLiveOrDeletedById(deleted.id())
                        .orElseThrow()
                        .details()
                        .assigneeIds());
        assertEquals(
                Set.of(AGOTA),
                tasks.findById(others.id()).orElseThrow().details().assigneeIds());
        assertEquals(4L, fixture.count("true"), "every task stays");
        assertEquals(List.of(), tasks.unassignEverywhere(ODON), "nothing left to take");
    }
}
