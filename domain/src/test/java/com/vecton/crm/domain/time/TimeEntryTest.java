package com.vecton.crm.domain.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vecton.crm.domain.access.UserId;
import com.vecton.crm.domain.edit.FieldEdit;
import com.vecton.crm.domain.problem.RuleViolated;
import com.vecton.crm.domain.problem.ValidationFailed;
import com.vecton.crm.domain.project.ProjectId;
import com.vecton.crm.domain.task.TaskId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TimeEntryTest {
    private static final Instant TEN = Instant.parse("2026-11-20T10:00:00Z");
    private static final Instant ELEVEN = Instant.parse("2026-11-20T11:00:00Z");
    private static final ProjectId PROJECT = new ProjectId(7);
    private static final ProjectId OTHER_PROJECT = new ProjectId(8);
    private static final TaskId TASK = new TaskId(70);
    private static final TaskId OTHER_TASK = new TaskId(80);
    private static final TaskId DELETED_TASK = new TaskId(99);
    private static final UserId ODON = new UserId("u-odon");
    private static final TimeEntryId ID = new TimeEntryId(1);
    /** Task 70 is on project 7, task 80 on project 8, task 99 is deleted. */
    private static final TaskProjects TASKS = task -> switch ((int) task.value()) {
        case 70 -> PROJECT;
        case 80 -> OTHER_PROJECT;
        default -> throw TaskProjects.notALiveTask();
    };

    private static final TaskProjects NO_TASKS = task -> {
        throw new AssertionError("no task was to be looked up, but " + task + " was");
    };

    private static TimeEntryDetails span(Instant start, Instant end) {
        return new TimeEntryDetails(PROJECT, null, start, end, null, false);
    }

    private static TimeEntryEdit keepAll() {
        return new TimeEntryEdit(
                FieldEdit.keep(),
                FieldEdit.keep(),
                FieldEdit.keep(),
                FieldEdit.keep(),
                FieldEdit.keep(),
                FieldEdit.keep());
    }

    private static TimeEntryEdit booking(FieldEdit<ProjectId> project, FieldEdit<TaskId> task) {
        return new TimeEntryEdit(project, task, FieldEdit.keep(), FieldEdit.keep(), FieldEdit.keep(), FieldEdit.keep());
    }

    private static TimeEntry onTask(TaskId task, ProjectId project) {
        return TimeEntry.create(ID, ODON, new TimeEntryDetails(project, task, TEN, ELEVEN, null, false), ODON, ELEVEN);
    }

    @Test
    void an_end_at_or_before_the_start_is_refused_on_ended_at() {
        for (Instant end : List.of(TEN, TEN.minusSeconds(1))) {
            var refused = assertThrows(ValidationFailed.class, () -> span(TEN, end));
            assertEquals(List.of("ended_at"), List.copyOf(refused.errors().keySet()));
        }
    }

    @Test
    void every_missing_or_too_long_field_is_named_at_once() {
        var refused = assertThrows(
                ValidationFailed.class, () -> new TimeEntryDetails(null, null, null, ELEVEN, "x".repeat(2_001), false));
        assertEquals(
                List.of("project_id", "started_at", "note"),
                List.copyOf(refused.errors().keySet()));
    }

    @Test
    void a_note_of_2000_characters_is_accepted_and_a_blank_one_is_absent() {
        assertEquals(
                2_000,
                new TimeEntryDetails(PROJECT, null, TEN, ELEVEN, "é".repeat(2_000), true)
                        .note()
                        .length());
        assertNull(new TimeEntryDetails(PROJECT, null, TEN, ELEVEN, "   ", true).note());
    }

    @Test
    void duration_is_whole_minutes_rounded_down_and_absent_while_running() {
        assertEquals(60L, span(TEN, ELEVEN).durationMinutes());
        assertEquals(0L, span(TEN, TEN.plusSeconds(59)).durationMinutes());
        assertEquals(1L, span(TEN, TEN.plusSeconds(119).plusNanos(999_999_000)).durationMinutes());
        assertNull(span(TEN, null).durationMinutes());
    }

    @Test
    void a_manual_entry_needs_an_end() {
        var refused =
                assertThrows(ValidationFailed.class, () -> TimeEntry.create(ID, ODON, span(TEN, null), ODON, ELEVEN));
        assertEquals(List.of("is required"), refused.errors().get("ended_at"));
    }

    @Test
    void a_started_timer_runs_until_stopped_and_then_has_its_end() {
        var running = TimeEntry.start(ID, ODON, span(TEN, null), ODON, TEN);
        assertTrue(running.isRunning());

        var stopped = running.stop(ELEVEN);

        assertFalse(stopped.isRunning());
        assertEquals(ELEVEN, stopped.details().endedAt());
        assertEquals(ELEVEN, stopped.updatedAt());
    }

    @Test
    void stopping_a_stopped_entry_is_timer_not_running() {
        var stopped = TimeEntry.create(ID, ODON, span(TEN, ELEVEN), ODON, ELEVEN);
        var refused = assertThrows(RuleViolated.class, () -> stopped.stop(ELEVEN.plusSeconds(60)));
        assertEquals("timer_not_running", refused.code());
    }

    @Test
    void an_edit_checks_a_new_end_against_the_kept_start() {
        var entry = TimeEntry.create(ID, ODON, span(TEN, ELEVEN), ODON, ELEVEN);
        var edit = new TimeEntryEdit(
                FieldEdit.keep(),
                FieldEdit.keep(),
                FieldEdit.keep(),
                FieldEdit.set(TEN.minusSeconds(60)),
                FieldEdit.keep(),
                FieldEdit.keep());
        var refused = assertThrows(ValidationFailed.class, () -> entry.edit(edit, NO_TASKS, ELEVEN));
        assertTrue(refused.errors().containsKey("ended_at"));
    }

    @Test
    void a_stopped_entry_cannot_have_its_end_cleared() {
        var entry = TimeEntry.create(ID, ODON, span(TEN, ELEVEN), ODON, ELEVEN);
        var edit = new TimeEntryEdit(
                FieldEdit.keep(),
                FieldEdit.keep(),
                FieldEdit.keep(),
                FieldEdit.set(null),
                FieldEdit.keep(),
                FieldEdit.keep());
        assertThrows(ValidationFailed.class, () -> entry.edit(edit, NO_TASKS, ELEVEN));
    }

    @Test
    void an_edit_that_keeps_everything_keeps_the_details_and_billable_null_means_not_billable() {
        var entry = TimeEntry.create(
                ID, ODON, new TimeEntryDetails(PROJECT, null, TEN, ELEVEN, "call", true), ODON, ELEVEN);
        assertEquals(entry.details(), entry.edit(keepAll(), NO_TASKS, ELEVEN).details());
        var cleared = new TimeEntryEdit(
                FieldEdit.keep(),
                FieldEdit.keep(),
                FieldEdit.keep(),
                FieldEdit.keep(),
                FieldEdit.keep(),
                FieldEdit.set(null));
        assertFalse(entry.edit(cleared, NO_TASKS, ELEVEN).details().billable());
    }

    @Test
    void the_audit_fields_name_every_value_in_api_form() {
        assertEquals(
                Map.of(
                        "project_id",
                        7L,
                        "task_id",
                        70L,
                        "started_at",
                        "2026-11-20T10:00:00Z",
                        "ended_at",
                        "2026-11-20T11:00:00Z",
                        "duration_minutes",
                        60L,
                        "billable",
                        true),
                withoutNulls(new TimeEntryDetails(PROJECT, TASK, TEN, ELEVEN, null, true).asFields()));
    }

    @Test
    void a_task_alone_books_the_time_on_the_tasks_project() {
        var details = new TimeEntryDetails(null, OTHER_TASK, TEN, ELEVEN, null, false);
        assertFalse(details.hasProject());

        assertEquals(OTHER_PROJECT, details.bookedOn(TASKS).projectId());
        assertEquals(span(TEN, ELEVEN), span(TEN, ELEVEN).bookedOn(NO_TASKS), "without a task nothing is looked up");
    }

    @Test
    void a_task_with_a_project_it_is_not_on_or_a_deleted_task_is_refused_on_task_id() {
        var mismatch = assertThrows(
                ValidationFailed.class,
                () -> new TimeEntryDetails(PROJECT, OTHER_TASK, TEN, ELEVEN, null, false).bookedOn(TASKS));
        assertEquals(List.of("must be a task of project_id"), mismatch.errors().get("task_id"));
        var deleted = assertThrows(
                ValidationFailed.class,
                () -> new TimeEntryDetails(null, DELETED_TASK, TEN, ELEVEN, null, false).bookedOn(TASKS));
        assertEquals(List.of("must be a live task"), deleted.errors().get("task_id"));
        assertEquals(
                PROJECT,
                new TimeEntryDetails(PROJECT, TASK, TEN, ELEVEN, null, false)
                        .bookedOn(TASKS)
                        .projectId());
    }

    @Test
    void an_entry_is_never_created_without_its_project_resolved() {
        var unresolved = new TimeEntryDetails(null, TASK, TEN, ELEVEN, null, false);
        assertThrows(IllegalArgumentException.class, () -> TimeEntry.create(ID, ODON, unresolved, ODON, ELEVEN));
    }

    @Test
    void an_edit_to_another_task_moves_the_entry_to_that_tasks_project() {
        var entry = onTask(TASK, PROJECT);

        var moved = entry.edit(booking(FieldEdit.keep(), FieldEdit.set(OTHER_TASK)), TASKS, ELEVEN);

        assertEquals(OTHER_TASK, moved.details().taskId());
        assertEquals(OTHER_PROJECT, moved.details().projectId());
    }

    @Test
    void an_edit_to_another_project_while_keeping_the_task_is_refused_on_task_id() {
        var entry = onTask(TASK, PROJECT);

        var refused = assertThrows(
                ValidationFailed.class,
                () -> entry.edit(booking(FieldEdit.set(OTHER_PROJECT), FieldEdit.keep()), TASKS, ELEVEN));

        assertEquals(List.of("task_id"), List.copyOf(refused.errors().keySet()));
        var offTheTask = entry.edit(booking(FieldEdit.set(OTHER_PROJECT), FieldEdit.set(null)), NO_TASKS, ELEVEN);
        assertEquals(OTHER_PROJECT, offTheTask.details().projectId());
        assertNull(offTheTask.details().taskId());
    }

    @Test
    void an_edit_that_leaves_the_booking_alone_looks_up_no_task_even_a_deleted_one() {
        var entry = onTask(DELETED_TASK, PROJECT);
        var replaced =
                TimeEntryEdit.replacingWith(new TimeEntryDetails(null, DELETED_TASK, TEN, ELEVEN, "later", false));

        var edited = entry.edit(replaced, NO_TASKS, ELEVEN);

        assertEquals(PROJECT, edited.details().projectId(), "a project sent as null beside the same task is kept");
        assertEquals("later", edited.details().note());
        var rebooked = assertThrows(
                ValidationFailed.class,
                () -> onTask(TASK, PROJECT)
                        .edit(booking(FieldEdit.keep(), FieldEdit.set(DELETED_TASK)), TASKS, ELEVEN));
        assertEquals(List.of("must be a live task"), rebooked.errors().get("task_id"));
    }

    @Test
    void clearing_the_task_keeps_the_project_and_clearing_both_is_refused_on_project_id() {
        var entry = onTask(TASK, PROJECT);

        var cleared = entry.edit(booking(FieldEdit.keep(), FieldEdit.set(null)), NO_TASKS, ELEVEN);
        assertEquals(PROJECT, cleared.details().projectId());
        var refused = assertThrows(
                ValidationFailed.class,
                () -> entry.edit(booking(FieldEdit.set(null), FieldEdit.set(null)), NO_TASKS, ELEVEN));
        assertEquals(List.of("project_id"), List.copyOf(refused.errors().keySet()));
    }

    @Test
    void a_query_range_must_end_after_it_starts() {
        var refused =
                assertThrows(ValidationFailed.class, () -> TimeEntryQuery.all().startingWithin(ELEVEN, TEN));
        assertTrue(refused.errors().containsKey("to"));
        assertTrue(TimeEntryQuery.all().startingWithin(TEN, null).to().isEmpty());
    }

    @Test
    void an_export_needs_both_ends_of_its_range() {
        var refused = assertThrows(ValidationFailed.class, () -> new TimeEntryExport(TimeEntryQuery.all()));
        assertEquals(List.of("from", "to"), new ArrayList<>(refused.errors().keySet()));
        assertThrows(
                ValidationFailed.class,
                () -> new TimeEntryExport(TimeEntryQuery.all().startingWithin(TEN, null)));
    }

    @Test
    void an_export_spans_at_most_366_days() {
        var start = Instant.parse("2028-01-01T00:00:00Z");
        var leapYear = TimeEntryQuery.all().startingWithin(start, Instant.parse("2029-01-01T00:00:00Z"));
        assertEquals(leapYear, new TimeEntryExport(leapYear).query());

        var refused = assertThrows(
                ValidationFailed.class,
                () -> new TimeEntryExport(
                        TimeEntryQuery.all().startingWithin(start, Instant.parse("2029-01-01T00:00:01Z"))));
        assertEquals(
                List.of("must be at most 366 days after from"), refused.errors().get("to"));
    }

    private static Map<String, Object> withoutNulls(Map<String, Object> fields) {
        var copy = new java.util.LinkedHashMap<>(fields);
        copy.values().removeIf(java.util.Objects::isNull);
        return copy;
    }
}
