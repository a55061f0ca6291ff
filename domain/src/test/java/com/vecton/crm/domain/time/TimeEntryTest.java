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
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TimeEntryTest {
    private static final Instant TEN = Instant.parse("2026-11-20T10:00:00Z");
    private static final Instant ELEVEN = Instant.parse("2026-11-20T11:00:00Z");
    private static final ProjectId PROJECT = new ProjectId(7);
    private static final UserId ODON = new UserId("u-odon");
    private static final TimeEntryId ID = new TimeEntryId(1);

    private static TimeEntryDetails span(Instant start, Instant end) {
        return new TimeEntryDetails(PROJECT, start, end, null, false);
    }

    private static TimeEntryEdit keepAll() {
        return new TimeEntryEdit(FieldEdit.keep(), FieldEdit.keep(), FieldEdit.keep(), FieldEdit.keep(),
                FieldEdit.keep());
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
        var refused = assertThrows(ValidationFailed.class,
                () -> new TimeEntryDetails(null, null, ELEVEN, "x".repeat(2_001), false));
        assertEquals(List.of("project_id", "started_at", "note"), List.copyOf(refused.errors().keySet()));
    }

    @Test
    void a_note_of_2000_characters_is_accepted_and_a_blank_one_is_absent() {
        assertEquals(2_000, new TimeEntryDetails(PROJECT, TEN, ELEVEN, "é".repeat(2_000), true).note().length());
        assertNull(new TimeEntryDetails(PROJECT, TEN, ELEVEN, "   ", true).note());
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
        var refused = assertThrows(ValidationFailed.class,
                () -> TimeEntry.create(ID, ODON, span(TEN, null), ODON, ELEVEN));
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
        var edit = new TimeEntryEdit(FieldEdit.keep(), FieldEdit.keep(), FieldEdit.set(TEN.minusSeconds(60)),
                FieldEdit.keep(), FieldEdit.keep());
        var refused = assertThrows(ValidationFailed.class, () -> entry.edit(edit, ELEVEN));
        assertTrue(refused.errors().containsKey("ended_at"));
    }

    @Test
    void a_stopped_entry_cannot_have_its_end_cleared() {
        var entry = TimeEntry.create(ID, ODON, span(TEN, ELEVEN), ODON, ELEVEN);
        var edit = new TimeEntryEdit(FieldEdit.keep(), FieldEdit.keep(), FieldEdit.set(null), FieldEdit.keep(),
                FieldEdit.keep());
        assertThrows(ValidationFailed.class, () -> entry.edit(edit, ELEVEN));
    }

    @Test
    void an_edit_that_keeps_everything_keeps_the_details_and_billable_null_means_not_billable() {
        var entry = TimeEntry.create(ID, ODON, new TimeEntryDetails(PROJECT, TEN, ELEVEN, "call", true), ODON, ELEVEN);
        assertEquals(entry.details(), entry.edit(keepAll(), ELEVEN).details());
        var cleared = new TimeEntryEdit(FieldEdit.keep(), FieldEdit.keep(), FieldEdit.keep(), FieldEdit.keep(),
                FieldEdit.set(null));
        assertFalse(entry.edit(cleared, ELEVEN).details().billable());
    }

    @Test
    void the_audit_fields_name_every_value_in_api_form() {
        assertEquals(Map.of("project_id", 7L, "started_at", "2026-11-20T10:00:00Z", "ended_at", "2026-11-20T11:00:00Z",
                        "duration_minutes", 60L, "billable", true),
                withoutNulls(new TimeEntryDetails(PROJECT, TEN, ELEVEN, null, true).asFields()));
    }

    @Test
    void a_query_range_must_end_after_it_starts() {
        var refused = assertThrows(ValidationFailed.class, () -> TimeEntryQuery.all().startingWithin(ELEVEN, TEN));
        assertTrue(refused.errors().containsKey("to"));
        assertTrue(TimeEntryQuery.all().startingWithin(TEN, null).to().isEmpty());
    }

    private static Map<String, Object> withoutNulls(Map<String, Object> fields) {
        var copy = new java.util.LinkedHashMap<>(fields);
        copy.values().removeIf(java.util.Objects::isNull);
        return copy;
    }
}
