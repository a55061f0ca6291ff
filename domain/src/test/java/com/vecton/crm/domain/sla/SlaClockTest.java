package com.vecton.crm.domain.sla;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vecton.crm.domain.calendar.BusinessCalendar;
import com.vecton.crm.domain.calendar.OpeningRange;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** The SLA clock: business minutes, paused periods subtracted, states, and the policy that applies. */
class SlaClockTest {
    private static final ZoneId BUDAPEST = ZoneId.of("Europe/Budapest");
    private static final Set<String> REVIEW = Set.of("review");
    private static final BusinessCalendar OFFICE = office();

    private static BusinessCalendar office() {
        var hours = new EnumMap<DayOfWeek, List<OpeningRange>>(DayOfWeek.class);
        for (var day : List.of(
                DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY)) {
            hours.put(day, List.of(OpeningRange.of("09:00", "17:00")));
        }
        return BusinessCalendar.of(BUDAPEST, hours, Set.of());
    }

    private static Instant at(String local) {
        return LocalDateTime.parse(local).atZone(BUDAPEST).toInstant();
    }

    private static SlaClock.Reading resolution(List<StatusChange> history, int minutes, Instant now) {
        return SlaClock.read(
                OFFICE,
                history,
                SlaTarget.RESOLUTION,
                Duration.ofMinutes(minutes),
                REVIEW,
                Duration.ofMinutes(30),
                now);
    }

    @Test
    void the_due_time_is_business_minutes_after_creation() {
        var history = List.of(new StatusChange("todo", at("2026-10-23T16:00")));
        var reading = resolution(history, 120, at("2026-10-23T16:30"));
        assertEquals(at("2026-10-26T10:00"), reading.dueAt(), "over the weekend and the October change");
        assertEquals(SlaClock.State.ON_TRACK, reading.state());
        assertEquals(
                SlaClock.State.WARNING,
                resolution(history, 120, at("2026-10-26T09:30")).state());
        assertEquals(
                SlaClock.State.BREACHED,
                resolution(history, 120, at("2026-10-26T10:01")).state());
    }

    @Test
    void a_task_moved_to_a_pause_status_stops_its_clock_and_resumes_it_with_the_pause_subtracted() {
        var created = at("2026-12-01T09:00");
        var paused = List.of(
                new StatusChange("todo", created),
                new StatusChange("in_progress", at("2026-12-01T10:00")),
                new StatusChange("review", at("2026-12-01T11:00")));
        var whilePaused = resolution(paused, 240, at("2026-12-01T15:00"));
        assertEquals(SlaClock.State.PAUSED, whilePaused.state());
        assertEquals(Duration.ofHours(4), whilePaused.paused());
        // Two hours ran before the pause; resumed now, two remain.
        assertEquals(at("2026-12-01T17:00"), whilePaused.dueAt());

        var resumed = List.of(
                new StatusChange("todo", created),
                new StatusChange("in_progress", at("2026-12-01T10:00")),
                new StatusChange("review", at("2026-12-01T11:00")),
                new StatusChange("in_progress", at("2026-12-01T12:30")));
        var running = resolution(resumed, 240, at("2026-12-01T13:00"));
        assertEquals(at("2026-12-01T14:30"), running.dueAt(), "09:00 + 4 h + the 1.5 h paused");
        assertEquals(Duration.ofMinutes(90), running.paused());
        assertEquals(SlaClock.State.ON_TRACK, running.state());
    }

    @Test
    void a_target_met_in_time_is_met_and_one_met_late_is_breached() {
        var created = at("2026-12-01T09:00");
        var history = List.of(
                new StatusChange("todo", created),
                new StatusChange("in_progress", at("2026-12-01T09:20")),
                new StatusChange("done", at("2026-12-01T12:00")));
        var first = SlaClock.read(
                OFFICE,
                history,
                SlaTarget.FIRST_RESPONSE,
                Duration.ofMinutes(30),
                REVIEW,
                Duration.ZERO,
                at("2026-12-02T09:00"));
        assertEquals(SlaClock.State.MET, first.state());
        assertEquals(Optional.of(at("2026-12-01T09:20")), first.metAt());
        var late = resolution(history, 120, at("2026-12-02T09:00"));
        assertEquals(SlaClock.State.BREACHED, late.state());
        assertTrue(late.breached());
        assertEquals(SlaClock.State.BREACHED, SlaClock.overall(List.of(first, late)));
        assertEquals(SlaClock.State.MET, SlaClock.overall(List.of(first)));
    }

    @Test
    void the_first_active_matching_policy_by_position_applies() {
        var urgentInProject = policy(1, Set.of("urgent"), 7L, null, true);
        var inactive = policy(2, Set.of(), null, null, false);
        var labelled = policy(3, Set.of(), null, 5L, true);
        var anything = policy(4, Set.of(), null, null, true);
        var policies = List.of(inactive, urgentInProject, labelled, anything);
        assertEquals(
                1,
                SlaPolicy.applying(policies, "urgent", 7, Set.of())
                        .orElseThrow()
                        .id());
        assertEquals(
                3,
                SlaPolicy.applying(policies, "urgent", 8, Set.of(5L))
                        .orElseThrow()
                        .id());
        assertEquals(
                4,
                SlaPolicy.applying(policies, "low", 8, Set.of(6L)).orElseThrow().id());
        assertTrue(
                SlaPolicy.applying(List.of(urgentInProject), "low", 7, Set.of()).isEmpty());
    }

    private static SlaPolicy policy(long id, Set<String> priorities, Long project, Long label, boolean active) {
        return new SlaPolicy(
                id,
                new SlaPolicy.Details("P" + id, 1, priorities, project, label, 60, 480, REVIEW, 0, active, (int) id));
    }

    @Property(tries = 200)
    void a_pause_delays_the_due_time_by_exactly_its_business_time(
            @ForAll @IntRange(min = 1, max = 3000) int minutes,
            @ForAll @IntRange(min = 0, max = 5000) int pauseStartsAfter,
            @ForAll @IntRange(min = 1, max = 5000) int pauseLasts) {
        var created = at("2026-10-19T09:00");
        var pauseFrom = created.plus(Duration.ofMinutes(pauseStartsAfter));
        var pauseTo = pauseFrom.plus(Duration.ofMinutes(pauseLasts));
        var now = pauseTo.plus(Duration.ofMinutes(1));
        var plain = resolution(List.of(new StatusChange("todo", created)), minutes, now);
        var paused = resolution(
                List.of(
                        new StatusChange("todo", created),
                        new StatusChange("review", pauseFrom),
                        new StatusChange("in_progress", pauseTo)),
                minutes,
                now);
        if (!pauseFrom.isBefore(plain.dueAt())) {
            assertEquals(plain.dueAt(), paused.dueAt(), "a pause after the due time moves nothing");
        } else {
            var pauseBusiness = OFFICE.between(pauseFrom, pauseTo);
            assertEquals(OFFICE.plus(created, Duration.ofMinutes(minutes).plus(pauseBusiness)), paused.dueAt());
            assertEquals(pauseBusiness, paused.paused());
        }
    }
}
