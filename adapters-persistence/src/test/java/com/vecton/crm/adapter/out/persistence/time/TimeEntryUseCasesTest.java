package com.vecton.crm.adapter.out.persistence.time;

import static com.vecton.crm.domain.testing.ProjectDetailsBuilder.aProject;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vecton.crm.adapter.out.persistence.Persistence;
import com.vecton.crm.adapter.out.persistence.testing.TestDatabase;
import com.vecton.crm.adapter.out.persistence.testing.UseCaseKits;
import com.vecton.crm.application.service.lifecycle.DeleteRecordService;
import com.vecton.crm.application.service.lifecycle.RestoreRecordService;
import com.vecton.crm.application.service.lifecycle.ShowRecordService;
import com.vecton.crm.application.service.time.CreateTimeEntryService;
import com.vecton.crm.application.service.time.EditTimeEntryService;
import com.vecton.crm.application.service.time.ExportTimeEntriesService;
import com.vecton.crm.application.service.time.ListTimeEntriesService;
import com.vecton.crm.application.service.time.StartTimerService;
import com.vecton.crm.application.service.time.StopTimerService;
import com.vecton.crm.application.service.time.TimeEntryServices;
import com.vecton.crm.domain.access.Requester;
import com.vecton.crm.domain.access.UserId;
import com.vecton.crm.domain.edit.FieldEdit;
import com.vecton.crm.domain.listing.PageRequest;
import com.vecton.crm.domain.problem.NotFound;
import com.vecton.crm.domain.problem.RuleViolated;
import com.vecton.crm.domain.problem.ValidationFailed;
import com.vecton.crm.domain.project.Project;
import com.vecton.crm.domain.project.ProjectId;
import com.vecton.crm.domain.task.BoardColumn;
import com.vecton.crm.domain.task.Task;
import com.vecton.crm.domain.task.TaskDetails;
import com.vecton.crm.domain.task.TaskId;
import com.vecton.crm.domain.time.TimeEntryDetails;
import com.vecton.crm.domain.time.TimeEntryEdit;
import com.vecton.crm.domain.time.TimeEntryExport;
import com.vecton.crm.domain.time.TimeEntryId;
import com.vecton.crm.domain.time.TimeEntryQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The time entry use cases end to end on real Postgres: the rules they check and the audit rows they write. */
class TimeEntryUseCasesTest {
    private static final Instant T0 = Instant.parse("2026-11-20T09:00:00Z");
    private static final UserId ODON = new UserId("u-odon");
    private static final UserId GONE = new UserId("u-gone");
    private static final Requester AS_ODON = UseCaseKits.admin(ODON);

    private static Persistence db;
    private static Jdbi sql;
    private final AtomicReference<Instant> now = new AtomicReference<>(T0);
    private TimeEntryServices services;
    private ProjectId project;

    @BeforeAll
    static void connect() {
        db = Persistence.connect(TestDatabase.fresh());
        sql = Jdbi.create(db.dataSource());
    }

    @AfterAll
    static void close() {
        db.close();
    }

    @BeforeEach
    void aUserAnInactiveOneAndAProject() {
        TestDatabase.clean(db.dataSource());
        sql.useHandle(h -> h.execute("""
                INSERT INTO tenant_users (id, name, is_active) VALUES ('u-odon', 'Ödön', true), ('u-gone', 'Gone', false)"""));
        services = new TimeEntryServices(
                db.timeEntries(), db.projects(), db.tasks(), db.tenantUsers(), UseCaseKits.on(db, now::get));
        project = db.projects().nextId();
        db.projects().save(Project.create(project, aProject().build(), ODON, T0));
    }

    @Test
    void a_started_timer_stops_once_and_a_second_stop_is_timer_not_running() {
        var started = new StartTimerService(services).start(AS_ODON, ODON, project, null, "Calls", true);
        assertTrue(started.isRunning());
        now.set(T0.plusSeconds(25 * 60 + 59));

        var stopped = new StopTimerService(services).stop(AS_ODON, started.id());

        assertEquals(25L, stopped.details().durationMinutes());
        assertEquals(
                stopped.details(),
                new ShowRecordService<>(services.type())
                        .show(AS_ODON, started.id())
                        .details());
        var refused =
                assertThrows(RuleViolated.class, () -> new StopTimerService(services).stop(AS_ODON, started.id()));
        assertEquals("timer_not_running", refused.code());
        assertEquals(List.of("started", "stopped"), events());
        assertEquals(
                "{\"ended_at\": {\"after\": \"2026-11-20T09:25:59Z\", \"before\": null}, "
                        + "\"duration_minutes\": {\"after\": 25, \"before\": null}}",
                sql.withHandle(h -> h.createQuery("SELECT changes::text FROM activity_log WHERE event = 'stopped'")
                        .mapTo(String.class)
                        .one()));
    }

    @Test
    void time_on_a_deleted_project_or_for_an_inactive_user_is_refused_on_the_field() {
        var span = new TimeEntryDetails(project, null, T0.minusSeconds(3600), T0, null, false);
        var create = new CreateTimeEntryService(services);

        var inactive = assertThrows(ValidationFailed.class, () -> create.create(AS_ODON, GONE, span));
        assertEquals(List.of("user_id"), List.copyOf(inactive.errors().keySet()));
        db.projects().save(db.projects().findById(project).orElseThrow().delete(T0));
        var deleted = assertThrows(ValidationFailed.class, () -> create.create(AS_ODON, ODON, span));
        assertEquals(List.of("project_id"), List.copyOf(deleted.errors().keySet()));
        var timer = assertThrows(
                ValidationFailed.class,
                () -> new StartTimerService(services).start(AS_ODON, ODON, project, null, null, false));
        assertEquals(List.of("project_id"), List.copyOf(timer.errors().keySet()));
        assertEquals(List.of(), events());
    }

    @Test
    void an_edit_that_changes_nothing_writes_nothing_and_a_real_edit_is_audited_with_its_changes() {
        var entry = new CreateTimeEntryService(services)
                .create(AS_ODON, ODON, new TimeEntryDetails(project, null, T0.minusSeconds(3600), T0, "Review", false));
        var edit = new EditTimeEntryService(services);

        var same = edit.edit(AS_ODON, entry.id(), TimeEntryEdit.replacingWith(entry.details()));
        assertEquals(entry.updatedAt(), same.updatedAt());
        now.set(T0.plusSeconds(60));
        var billable = new TimeEntryEdit(
                FieldEdit.keep(),
                FieldEdit.keep(),
                FieldEdit.keep(),
                FieldEdit.keep(),
                FieldEdit.keep(),
                FieldEdit.set(true));
        assertTrue(edit.edit(AS_ODON, entry.id(), billable).details().billable());

        assertEquals(List.of("created", "updated"), events());
    }

    @Test
    void a_deleted_entry_is_gone_frees_its_time_and_restoring_it_into_taken_time_is_time_entry_overlap() {
        var span = new TimeEntryDetails(project, null, T0.minusSeconds(3600), T0, null, false);
        var create = new CreateTimeEntryService(services);
        var first = create.create(AS_ODON, ODON, span);

        var kit = services.kit();
        var delete = new DeleteRecordService<>(services.type(), kit);
        delete.delete(AS_ODON, first.id());

        assertThrows(NotFound.class, () -> new ShowRecordService<>(services.type()).show(AS_ODON, first.id()));
        assertThrows(NotFound.class, () -> delete.delete(AS_ODON, first.id()));
        var restore = new RestoreRecordService<>(services.type(), kit);
        var restored = restore.restore(AS_ODON, first.id());
        assertFalse(restored.isDeleted());
        assertEquals(
                restored.lifecycle(), restore.restore(AS_ODON, first.id()).lifecycle(), "a live entry stays as it is");
        delete.delete(AS_ODON, first.id());
        create.create(AS_ODON, ODON, span);

        var refused = assertThrows(RuleViolated.class, () -> restore.restore(AS_ODON, first.id()));
        assertEquals("time_entry_overlap", refused.code());
        assertEquals(List.of("created", "deleted", "restored", "deleted", "created"), events());
    }

    @Test
    void the_list_use_case_returns_the_page_with_its_totals() {
        new CreateTimeEntryService(services)
                .create(AS_ODON, ODON, new TimeEntryDetails(project, null, T0.minusSeconds(3600), T0, null, false));

        var listing = new ListTimeEntriesService(services)
                .list(AS_ODON, Optional.of(ODON), TimeEntryQuery.all().onProject(project), new PageRequest(1, 25));

        assertEquals(1, listing.page().items().size());
        assertEquals(Map.of(project, 60L), listing.minutesPerProject());
        assertEquals(60L, listing.totalMinutes());
    }

    @Test
    void time_booked_on_a_task_alone_goes_on_the_tasks_project() {
        var task = aTask(project);

        var entry = new CreateTimeEntryService(services)
                .create(AS_ODON, ODON, new TimeEntryDetails(null, task, T0.minusSeconds(3600), T0, null, false));
        var timer = new StartTimerService(services).start(AS_ODON, ODON, null, task, null, false);

        assertEquals(project, entry.details().projectId());
        assertEquals(
                task,
                new ShowRecordService<>(services.type())
                        .show(AS_ODON, entry.id())
                        .details()
                        .taskId());
        assertEquals(project, timer.details().projectId());
        assertEquals(task, timer.details().taskId());
        assertEquals(
                "{\"task_id\": " + task.value() + ", \"user_id\": \"u-odon\", \"project_id\": " + project.value() + "}",
                sql.withHandle(h -> h.createQuery("""
                        SELECT jsonb_build_object('user_id', changes->'user_id'->'after',
                                                  'project_id', changes->'project_id'->'after',
                                                  'task_id', changes->'task_id'->'after')::text
                        FROM activity_log WHERE event = 'created'""").mapTo(String.class).one()));
    }

    @Test
    void a_deleted_task_or_a_task_of_another_project_is_refused_on_task_id_and_nothing_is_written() {
        var deleted = aTask(project);
        db.tasks().save(db.tasks().findById(deleted).orElseThrow().delete(T0));
        var elsewhere = db.projects().nextId();
        db.projects()
                .save(Project.create(elsewhere, aProject().named("Elsewhere").build(), ODON, T0));
        var create = new CreateTimeEntryService(services);

        var gone = assertThrows(
                ValidationFailed.class,
                () -> create.create(
                        AS_ODON, ODON, new TimeEntryDetails(null, deleted, T0.minusSeconds(3600), T0, null, false)));
        var mismatch = assertThrows(
                ValidationFailed.class,
                () -> create.create(
                        AS_ODON,
                        ODON,
                        new TimeEntryDetails(elsewhere, aTask(project), T0.minusSeconds(3600), T0, null, false)));
        var timer = assertThrows(
                ValidationFailed.class,
                () -> new StartTimerService(services).start(AS_ODON, ODON, null, deleted, null, false));

        assertEquals(Map.of("task_id", List.of("must be a live task")), gone.errors());
        assertEquals(Map.of("task_id", List.of("must be a task of project_id")), mismatch.errors());
        assertEquals(Map.of("task_id", List.of("must be a live task")), timer.errors());
        assertEquals(List.of(), events());
    }

    @Test
    void an_edit_to_a_task_of_another_project_moves_the_entry_there_and_is_audited_with_both() {
        var entry = new CreateTimeEntryService(services)
                .create(AS_ODON, ODON, new TimeEntryDetails(project, null, T0.minusSeconds(3600), T0, null, false));
        var elsewhere = db.projects().nextId();
        db.projects()
                .save(Project.create(elsewhere, aProject().named("Elsewhere").build(), ODON, T0));
        var task = aTask(elsewhere);
        now.set(T0.plusSeconds(60));

        var moved = new EditTimeEntryService(services)
                .edit(
                        AS_ODON,
                        entry.id(),
                        new TimeEntryEdit(
                                FieldEdit.keep(),
                                FieldEdit.set(task),
                                FieldEdit.keep(),
                                FieldEdit.keep(),
                                FieldEdit.keep(),
                                FieldEdit.keep()));

        assertEquals(elsewhere, moved.details().projectId());
        assertEquals(
                moved.details(),
                new ShowRecordService<>(services.type())
                        .show(AS_ODON, entry.id())
                        .details());
        assertEquals(
                "{\"task_id\": {\"after\": " + task.value() + ", \"before\": null}, \"project_id\": {\"after\": "
                        + elsewhere.value() + ", \"before\": " + project.value() + "}}",
                sql.withHandle(h -> h.createQuery("SELECT changes::text FROM activity_log WHERE event = 'updated'")
                        .mapTo(String.class)
                        .one()));
    }

    @Test
    void the_export_use_case_hands_every_match_to_the_sink_oldest_first() {
        var create = new CreateTimeEntryService(services);
        var later = create.create(
                AS_ODON, ODON, new TimeEntryDetails(project, null, T0.minusSeconds(3600), T0, null, false));
        var earlier = create.create(
                AS_ODON,
                ODON,
                new TimeEntryDetails(project, null, T0.minusSeconds(7200), T0.minusSeconds(3600), null, false));
        var exported = new ArrayList<TimeEntryId>();

        long count = new ExportTimeEntriesService(services)
                .export(
                        AS_ODON,
                        Optional.of(ODON),
                        new TimeEntryExport(TimeEntryQuery.all().startingWithin(T0.minusSeconds(86_400), T0)))
                .writeTo(entry -> exported.add(entry.id()));

        assertEquals(2, count);
        assertEquals(List.of(earlier.id(), later.id()), exported);
    }

    /** A live task at the end of its project's first column. */
    private TaskId aTask(ProjectId on) {
        var id = db.tasks().nextId();
        var details = new TaskDetails("Task " + id, null, on, null, null, null, null, null);
        int end = db.tasks().countOthers(new BoardColumn(on, details.status()), id);
        db.tasks().save(Task.create(id, details, end, ODON, T0));
        return id;
    }

    private static List<String> events() {
        return sql.withHandle(h -> h.createQuery("""
                        SELECT event FROM activity_log WHERE subject_type = 'time_entry' ORDER BY id""").mapTo(String.class).list());
    }
}
