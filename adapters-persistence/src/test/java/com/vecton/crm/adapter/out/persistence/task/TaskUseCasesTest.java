package com.vecton.crm.adapter.out.persistence.task;

import static com.vecton.crm.adapter.out.persistence.task.TaskFixture.ADMIN;
import static com.vecton.crm.adapter.out.persistence.task.TaskFixture.AGOTA;
import static com.vecton.crm.adapter.out.persistence.task.TaskFixture.GONE;
import static com.vecton.crm.adapter.out.persistence.task.TaskFixture.ODON;
import static com.vecton.crm.adapter.out.persistence.task.TaskFixture.task;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vecton.crm.adapter.out.persistence.Persistence;
import com.vecton.crm.adapter.out.persistence.testing.TestDatabase;
import com.vecton.crm.adapter.out.persistence.testing.UseCaseKits;
import com.vecton.crm.application.service.lifecycle.DeleteRecordService;
import com.vecton.crm.application.service.lifecycle.RestoreRecordService;
import com.vecton.crm.application.service.lifecycle.ShowRecordService;
import com.vecton.crm.application.service.task.CreateTaskService;
import com.vecton.crm.application.service.task.EditTaskService;
import com.vecton.crm.application.service.task.ListProjectTasksService;
import com.vecton.crm.application.service.task.MoveTaskService;
import com.vecton.crm.application.service.task.ShowBoardService;
import com.vecton.crm.domain.access.Requester;
import com.vecton.crm.domain.label.TaskLabelId;
import com.vecton.crm.domain.listing.PageRequest;
import com.vecton.crm.domain.problem.NotFound;
import com.vecton.crm.domain.problem.ValidationFailed;
import com.vecton.crm.domain.project.ProjectId;
import com.vecton.crm.domain.project.ProjectStatus;
import com.vecton.crm.domain.task.Task;
import com.vecton.crm.domain.task.TaskDetails;
import com.vecton.crm.domain.task.TaskEdit;
import com.vecton.crm.domain.task.TaskId;
import com.vecton.crm.domain.task.TaskPriority;
import com.vecton.crm.domain.task.TaskQuery;
import com.vecton.crm.domain.task.TaskStatus;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The task use cases end to end on real Postgres: references, positions, completion and the audit trail. */
class TaskUseCasesTest {
    private static final Requester ACTOR = UseCaseKits.admin(ADMIN);

    private static Persistence db;
    private TaskFixture fixture;
    private ProjectId project;
    private CreateTaskService create;
    private MoveTaskService move;
    private EditTaskService edit;
    private DeleteRecordService<TaskId, Task> delete;
    private RestoreRecordService<TaskId, Task> restore;
    private ShowRecordService<TaskId, Task> show;
    private ShowBoardService board;
    private ListProjectTasksService projectTasks;

    @BeforeAll
    static void connect() {
        db = Persistence.connect(TestDatabase.fresh());
    }

    @AfterAll
    static void close() {
        db.close();
    }

    @BeforeEach
    void aProject() {
        TestDatabase.clean(db.dataSource());
        fixture = new TaskFixture(db);
        fixture.users();
        project = fixture.project(ProjectStatus.ACTIVE);
        var services = fixture.services();
        create = new CreateTaskService(services);
        move = new MoveTaskService(services);
        edit = new EditTaskService(services);
        delete = new DeleteRecordService<>(services.type(), services.kit());
        restore = new RestoreRecordService<>(services.type(), services.kit());
        show = new ShowRecordService<>(services.type());
        board = new ShowBoardService(services);
        projectTasks = new ListProjectTasksService(services);
    }

    private TaskId created(String title, TaskStatus status) {
        return create.create(ACTOR, task(title, project, status)).id();
    }

    private List<String> column(TaskStatus status) {
        return board.show(ACTOR, project).column(status).stream()
                .map(t -> t.details().title())
                .toList();
    }

    @Test
    void creates_append_to_the_end_of_their_column_and_are_audited() {
        created("a", TaskStatus.TODO);
        created("b", TaskStatus.TODO);
        var c = create.create(ACTOR, task("c", project, TaskStatus.TODO));

        assertEquals(Optional.of(2), c.position());
        assertEquals(List.of("a", "b", "c"), column(TaskStatus.TODO));
        assertEquals(
                TaskFixture.state(c),
                TaskFixture.state(show.show(ACTOR, c.id())),
                "what create returns is what is stored");
        assertEquals(3L, fixture.auditRows("created"));
    }

    @Test
    void a_task_refuses_an_archived_project_an_inactive_assignee_and_an_unknown_label_all_at_once() {
        var archived = fixture.project(ProjectStatus.ARCHIVED);
        var details = new TaskDetails(
                "Copy", null, archived, null, null, null, Set.of(ODON, GONE), Set.of(new TaskLabelId(999)));

        var refused = assertThrows(ValidationFailed.class, () -> create.create(ACTOR, details));

        assertEquals(
                List.of("project_id", "assignee_ids", "label_ids"),
                List.copyOf(refused.errors().keySet()));
        assertEquals(0L, fixture.count("true"));
    }

    @Test
    void a_task_of_an_unknown_project_is_refused_on_project_id() {
        var refused = assertThrows(
                ValidationFailed.class, () -> create.create(ACTOR, task("Copy", new ProjectId(4242), TaskStatus.TODO)));
        assertEquals(List.of("project_id"), List.copyOf(refused.errors().keySet()));
    }

    @Test
    void a_move_closes_the_gap_in_its_column_and_opens_one_at_the_index_in_the_target() {
        var a = created("a", TaskStatus.TODO);
        created("b", TaskStatus.TODO);
        created("c", TaskStatus.TODO);
        created("x", TaskStatus.IN_PROGRESS);
        created("y", TaskStatus.IN_PROGRESS);

        var moved = move.move(ACTOR, a, TaskStatus.IN_PROGRESS, 1);

        assertEquals(Optional.of(1), moved.position());
        assertEquals(List.of("b", "c"), column(TaskStatus.TODO));
        assertEquals(List.of("x", "a", "y"), column(TaskStatus.IN_PROGRESS));
        fixture.assertContiguous(project);
        assertEquals(1L, fixture.auditRows("moved"));
    }

    @Test
    void a_move_within_a_column_reorders_it_and_an_index_past_the_end_means_the_end() {
        var a = created("a", TaskStatus.TODO);
        created("b", TaskStatus.TODO);
        var c = created("c", TaskStatus.TODO);

        move.move(ACTOR, a, TaskStatus.TODO, 99);
        assertEquals(List.of("b", "c", "a"), column(TaskStatus.TODO));

        move.move(ACTOR, c, TaskStatus.TODO, -5);
        assertEquals(List.of("c", "b", "a"), column(TaskStatus.TODO));
        fixture.assertContiguous(project);
    }

    @Test
    void a_move_to_where_the_task_is_writes_nothing() {
        created("a", TaskStatus.TODO);
        var b = created("b", TaskStatus.TODO);

        var same = move.move(ACTOR, b, TaskStatus.TODO, 7);

        assertEquals(Optional.of(1), same.position());
        assertEquals(0L, fixture.auditRows("moved"));
    }

    @Test
    void moving_into_done_completes_the_task_and_moving_out_clears_the_completion() {
        var a = created("a", TaskStatus.REVIEW);

        var done = move.move(ACTOR, a, TaskStatus.DONE, 0);
        assertTrue(done.completedAt().isPresent());
        assertEquals(done.completedAt(), show.show(ACTOR, a).completedAt());

        var reopened = move.move(ACTOR, a, TaskStatus.TODO, 0);
        assertEquals(Optional.empty(), reopened.completedAt());
        assertEquals(0L, fixture.count("completed_at IS NOT NULL"));
    }

    @Test
    void deleting_closes_the_gap_and_restoring_appends_at_the_end() {
        var a = created("a", TaskStatus.TODO);
        created("b", TaskStatus.TODO);
        created("c", TaskStatus.TODO);

        delete.delete(ACTOR, a);
        assertEquals(List.of("b", "c"), column(TaskStatus.TODO));
        assertThrows(NotFound.class, () -> show.show(ACTOR, a));
        assertThrows(NotFound.class, () -> move.move(ACTOR, a, TaskStatus.DONE, 0));
        assertEquals(1L, fixture.count("deleted_at IS NOT NULL AND position IS NULL"));

        var restored = restore.restore(ACTOR, a);
        assertEquals(Optional.of(2), restored.position());
        assertEquals(List.of("b", "c", "a"), column(TaskStatus.TODO));
        assertEquals(
                TaskFixture.state(restored),
                TaskFixture.state(restore.restore(ACTOR, a)),
                "restoring a live task changes nothing");
        assertEquals(1L, fixture.auditRows("restored"));
    }

    @Test
    void a_deleted_or_unknown_project_has_no_task_list_rather_than_an_empty_one() {
        created("a", TaskStatus.TODO);
        var list = projectTasks;
        var page = new PageRequest(1, 25);
        assertEquals(1L, list.list(ACTOR, project, TaskQuery.all(), page).total());

        db.projects().save(db.projects().findById(project).orElseThrow().delete(Instant.now()));

        assertThrows(NotFound.class, () -> list.list(ACTOR, project, TaskQuery.all(), page));
        assertThrows(NotFound.class, () -> list.list(ACTOR, new ProjectId(987_654_321), TaskQuery.all(), page));
    }

    @Test
    void a_status_changed_by_an_edit_puts_the_task_at_the_end_of_its_new_column() {
        var a = created("a", TaskStatus.TODO);
        created("b", TaskStatus.TODO);
        created("x", TaskStatus.DONE);

        var edited = edit.edit(
                ACTOR, a, TaskEdit.keepingAll().withStatus(TaskStatus.DONE).withTitle("a2"));

        assertEquals(Optional.of(1), edited.position());
        assertTrue(edited.completedAt().isPresent());
        assertEquals(List.of("b"), column(TaskStatus.TODO));
        assertEquals(List.of("x", "a2"), column(TaskStatus.DONE));
        fixture.assertContiguous(project);
    }

    @Test
    void an_edit_to_another_project_leaves_one_board_and_joins_the_end_of_the_other() {
        var other = fixture.project(ProjectStatus.ACTIVE);
        create.create(ACTOR, task("there", other, TaskStatus.TODO));
        var a = created("a", TaskStatus.TODO);
        created("b", TaskStatus.TODO);

        var edited = edit.edit(ACTOR, a, TaskEdit.keepingAll().withProject(other));

        assertEquals(Optional.of(1), edited.position());
        assertEquals(List.of("b"), column(TaskStatus.TODO));
        assertEquals(Map.of("todo", List.of(0, 1)), fixture.positions(other));
    }

    @Test
    void an_edit_checks_only_what_it_changes_and_one_that_changes_nothing_writes_nothing() {
        var label = fixture.label("Urgent");
        var a = create.create(
                        ACTOR,
                        new TaskDetails("a", null, project, null, TaskPriority.HIGH, null, Set.of(ODON), Set.of(label)))
                .id();
        fixture.sql().useHandle(h -> h.execute("UPDATE tenant_users SET is_active = false WHERE id = 'u-odon'"));

        var edited = edit.edit(ACTOR, a, TaskEdit.keepingAll().withAssignees(Set.of(ODON, AGOTA)));
        assertEquals(Set.of(ODON, AGOTA), edited.details().assigneeIds(), "a kept assignee who left stays");

        var refused = assertThrows(
                ValidationFailed.class,
                () -> edit.edit(ACTOR, a, TaskEdit.keepingAll().withAssignees(Set.of(GONE))));
        assertEquals(List.of("assignee_ids"), List.copyOf(refused.errors().keySet()));

        edit.edit(ACTOR, a, TaskEdit.keepingAll().withTitle(" a "));
        assertEquals(1L, fixture.auditRows("updated"));
    }
}
