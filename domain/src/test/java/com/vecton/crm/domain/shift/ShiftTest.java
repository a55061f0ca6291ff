package com.vecton.crm.domain.shift;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vecton.crm.domain.problem.ValidationFailed;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Shift periods in the tenant's time zone, across midnight and DST changes, and recurrences. */
class ShiftTest {
    private static final ZoneId BUDAPEST = ZoneId.of("Europe/Budapest");

    private static Shift.Details shift(String start, String end) {
        return new Shift.Details("Shift", LocalTime.parse(start), LocalTime.parse(end), 30, null);
    }

    @Test
    void a_day_shift_is_its_wall_clock_hours_in_the_zone() {
        var period = shift("08:00", "16:00").on(LocalDate.of(2027, 1, 11), BUDAPEST);
        assertEquals(Instant.parse("2027-01-11T07:00:00Z"), period.from());
        assertEquals(Instant.parse("2027-01-11T15:00:00Z"), period.to());
    }

    @Test
    void an_end_at_or_before_the_start_crosses_midnight() {
        var night = shift("22:00", "06:00");
        assertTrue(night.crossesMidnight());
        var period = night.on(LocalDate.of(2027, 1, 11), BUDAPEST);
        assertEquals(Instant.parse("2027-01-11T21:00:00Z"), period.from());
        assertEquals(Instant.parse("2027-01-12T05:00:00Z"), period.to());
        var day = shift("08:00", "08:00").on(LocalDate.of(2027, 1, 11), BUDAPEST);
        assertEquals(Duration.ofHours(24), Duration.between(day.from(), day.to()));
        assertFalse(shift("08:00", "16:00").crossesMidnight());
    }

    @Test
    void a_night_shift_over_the_october_change_lasts_an_hour_more() {
        var period = shift("22:00", "06:00").on(LocalDate.of(2026, 10, 24), BUDAPEST);
        assertEquals(Duration.ofHours(9), Duration.between(period.from(), period.to()));
        var spring = shift("22:00", "06:00").on(LocalDate.of(2027, 3, 27), BUDAPEST);
        assertEquals(Duration.ofHours(7), Duration.between(spring.from(), spring.to()));
    }

    @Test
    void details_are_validated_and_the_colour_stored_upper_case() {
        assertEquals("#ABCDEF", new Shift.Details("x", LocalTime.NOON, LocalTime.MIDNIGHT, 0, "#abcdef").color());
        assertEquals(Shift.Details.DEFAULT_COLOR, shift("08:00", "16:00").color());
        var invalid =
                assertThrows(ValidationFailed.class, () -> new Shift.Details(" ", null, LocalTime.NOON, 0, "red"));
        assertTrue(
                invalid.errors().keySet().containsAll(List.of("name", "start_time", "color")),
                invalid.errors()::toString);
        var longBreak = assertThrows(
                ValidationFailed.class, () -> new Shift.Details("x", LocalTime.of(8, 0), LocalTime.of(9, 0), 60, null));
        assertTrue(longBreak.errors().containsKey("break_minutes"));
    }

    @Test
    void a_recurrence_lists_its_weekdays_between_its_dates() {
        var recurrence = new Recurrence(
                EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY), LocalDate.of(2027, 3, 1), LocalDate.of(2027, 3, 14));
        assertEquals(
                List.of(
                        LocalDate.of(2027, 3, 1),
                        LocalDate.of(2027, 3, 3),
                        LocalDate.of(2027, 3, 8),
                        LocalDate.of(2027, 3, 10)),
                recurrence.dates());
        assertThrows(
                ValidationFailed.class,
                () -> new Recurrence(
                        EnumSet.noneOf(DayOfWeek.class), LocalDate.of(2027, 3, 1), LocalDate.of(2027, 3, 2)));
        assertThrows(
                ValidationFailed.class,
                () -> new Recurrence(EnumSet.of(DayOfWeek.MONDAY), LocalDate.of(2027, 3, 1), LocalDate.of(2028, 3, 2)));
    }
}
