package com.vecton.crm.domain.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** Business-time arithmetic on opening hours in a time zone: inverses, due times inside hours, DST weeks. */
class BusinessCalendarTest {
    private static final ZoneId BUDAPEST = ZoneId.of("Europe/Budapest");
    /** Sunday 2026-10-25 03:00 local the clocks in Budapest go back to 02:00 (CEST +2 to CET +1). */
    private static final LocalDate OCTOBER_CHANGE = LocalDate.of(2026, 10, 25);

    private static BusinessCalendar officeHours(ZoneId zone, Set<LocalDate> holidays) {
        var hours = new EnumMap<DayOfWeek, List<OpeningRange>>(DayOfWeek.class);
        for (var day : WorkingDays.MONDAY_TO_FRIDAY) {
            hours.put(day, List.of(OpeningRange.of("09:00", "12:00"), OpeningRange.of("13:00", "17:00")));
        }
        return BusinessCalendar.of(zone, hours, holidays);
    }

    private static BusinessCalendar allDay(ZoneId zone) {
        var hours = new EnumMap<DayOfWeek, List<OpeningRange>>(DayOfWeek.class);
        for (var day : DayOfWeek.values()) {
            hours.put(day, List.of(OpeningRange.of("00:00", "24:00")));
        }
        return BusinessCalendar.of(zone, hours, Set.of());
    }

    private static Instant budapest(String localDateTime) {
        return java.time.LocalDateTime.parse(localDateTime).atZone(BUDAPEST).toInstant();
    }

    @Test
    void a_week_open_around_the_clock_lasts_169_hours_when_the_clocks_go_back() {
        var calendar = allDay(BUDAPEST);
        var monday = LocalDate.of(2026, 10, 19).atStartOfDay(BUDAPEST).toInstant();
        var nextMonday = LocalDate.of(2026, 10, 26).atStartOfDay(BUDAPEST).toInstant();
        assertEquals(Duration.ofHours(7 * 24 + 1), calendar.between(monday, nextMonday));
        assertEquals(
                Duration.ofHours(25),
                calendar.between(
                        OCTOBER_CHANGE.atStartOfDay(BUDAPEST).toInstant(),
                        OCTOBER_CHANGE.plusDays(1).atStartOfDay(BUDAPEST).toInstant()));
    }

    @Test
    void friday_afternoon_plus_two_business_hours_is_monday_ten_in_local_time_across_the_october_change() {
        var calendar = officeHours(BUDAPEST, Set.of());
        var due = calendar.plus(budapest("2026-10-23T16:00"), Duration.ofHours(2));
        assertEquals(budapest("2026-10-26T10:00"), due);
        // The wall clock says 66 hours later; 67 hours have passed (the Sunday had 25).
        assertEquals(Duration.ofHours(67), Duration.between(budapest("2026-10-23T16:00"), due));
        assertEquals(Instant.parse("2026-10-26T09:00:00Z"), due);
    }

    @Test
    void the_spring_change_shortens_an_all_day_calendar_by_an_hour() {
        var calendar = allDay(BUDAPEST);
        var day = LocalDate.of(2026, 3, 29);
        assertEquals(
                Duration.ofHours(23),
                calendar.between(
                        day.atStartOfDay(BUDAPEST).toInstant(),
                        day.plusDays(1).atStartOfDay(BUDAPEST).toInstant()));
    }

    @Test
    void lunch_breaks_weekends_and_holidays_are_closed() {
        var holiday = LocalDate.of(2026, 10, 23); // Hungary's national day, a Friday
        var calendar = officeHours(BUDAPEST, Set.of(holiday));
        assertFalse(calendar.isOpen(budapest("2026-10-22T12:30")));
        assertTrue(calendar.isOpen(budapest("2026-10-22T11:59")));
        assertFalse(calendar.isOpen(budapest("2026-10-23T10:00")));
        assertFalse(calendar.isOpen(budapest("2026-10-24T10:00")));
        // Thursday 16:30 plus one hour: half an hour left on Thursday, the rest on Monday.
        assertEquals(budapest("2026-10-26T09:30"), calendar.plus(budapest("2026-10-22T16:30"), Duration.ofHours(1)));
        assertEquals(
                Duration.ofMinutes(6 * 60 + 30),
                calendar.between(budapest("2026-10-22T09:30"), budapest("2026-10-26T09:00")));
    }

    @Test
    void starting_in_closed_time_counts_from_the_next_opening() {
        var calendar = officeHours(BUDAPEST, Set.of());
        assertEquals(budapest("2026-10-26T09:30"), calendar.plus(budapest("2026-10-24T20:00"), Duration.ofMinutes(30)));
        assertEquals(budapest("2026-10-26T09:00"), calendar.plus(budapest("2026-10-24T20:00"), Duration.ZERO));
    }

    @Test
    void overlapping_ranges_of_one_day_and_a_calendar_with_no_hours_are_refused() {
        assertThrows(
                IllegalArgumentException.class,
                () -> BusinessCalendar.of(
                        BUDAPEST,
                        Map.of(
                                DayOfWeek.MONDAY,
                                List.of(OpeningRange.of("09:00", "12:00"), OpeningRange.of("11:00", "13:00"))),
                        Set.of()));
        assertThrows(IllegalArgumentException.class, () -> BusinessCalendar.of(BUDAPEST, Map.of(), Set.of()));
        assertTrue(BusinessCalendar.overlapping(
                List.of(OpeningRange.of("09:00", "12:00"), OpeningRange.of("11:00", "13:00"))));
        assertFalse(BusinessCalendar.overlapping(
                List.of(OpeningRange.of("09:00", "12:00"), OpeningRange.of("12:00", "13:00"))));
    }

    @Provide
    Arbitrary<ZoneId> zones() {
        return Arbitraries.of("Europe/Budapest", "America/New_York", "Australia/Lord_Howe", "Asia/Kolkata", "UTC")
                .map(ZoneId::of);
    }

    @Provide
    Arbitrary<Instant> instants() {
        // 2026 and 2027, both DST changes of each zone included.
        return Arbitraries.longs()
                .between(
                        Instant.parse("2026-01-01T00:00:00Z").getEpochSecond(),
                        Instant.parse("2027-12-31T00:00:00Z").getEpochSecond())
                .map(Instant::ofEpochSecond);
    }

    @Provide
    Arbitrary<BusinessCalendar> calendars() {
        Arbitrary<List<OpeningRange>> day = Arbitraries.integers()
                .between(0, 1439)
                .list()
                .ofMaxSize(6)
                .map(points -> {
                    var sorted = points.stream().distinct().sorted().toList();
                    var ranges = new java.util.ArrayList<OpeningRange>();
                    for (int i = 0; i + 1 < sorted.size(); i += 2) {
                        ranges.add(new OpeningRange(sorted.get(i), sorted.get(i + 1)));
                    }
                    return List.copyOf(ranges);
                });
        // At least an hour a week, so that the longest amount below falls due within the search horizon.
        var week = day.list()
                .ofSize(7)
                .filter(days -> days.stream()
                                .flatMap(List::stream)
                                .mapToInt(r -> r.endMinute() - r.startMinute())
                                .sum()
                        >= 60);
        var holidays = Arbitraries.integers()
                .between(0, 730)
                .set()
                .ofMaxSize(40)
                .map(offsets -> {
                    var set = new java.util.HashSet<LocalDate>();
                    offsets.forEach(o -> set.add(LocalDate.of(2026, 1, 1).plusDays(o)));
                    return Set.copyOf(set);
                });
        return Combinators.combine(zones(), week, holidays).as((zone, days, closed) -> {
            var hours = new EnumMap<DayOfWeek, List<OpeningRange>>(DayOfWeek.class);
            for (int i = 0; i < 7; i++) {
                hours.put(DayOfWeek.of(i + 1), days.get(i));
            }
            return BusinessCalendar.of(zone, hours, closed);
        });
    }

    @Property(tries = 300)
    void adding_then_subtracting_business_time_is_the_identity_inside_opening_hours(
            @ForAll("calendars") BusinessCalendar calendar,
            @ForAll("instants") Instant instant,
            @ForAll("minutes") long minutes) {
        // The start moved into open time, where the inverse is defined.
        var start = calendar.plus(instant, Duration.ZERO);
        var amount = Duration.ofMinutes(minutes);
        var due = calendar.plus(start, amount);
        assertEquals(start, calendar.minus(due, amount));
        assertEquals(amount, calendar.between(start, due));
    }

    @Property(tries = 300)
    void a_due_time_never_falls_outside_opening_hours(
            @ForAll("calendars") BusinessCalendar calendar,
            @ForAll("instants") Instant instant,
            @ForAll("minutes") long minutes) {
        var due = calendar.plus(instant, Duration.ofMinutes(minutes + 1));
        // Inside an open period, or at its close: just before it the calendar is open.
        assertTrue(calendar.isOpen(due.minusNanos(1)), () -> "due " + due.atZone(calendar.zone()));
    }

    @Property(tries = 200)
    void business_time_is_additive_over_consecutive_spans(
            @ForAll("calendars") BusinessCalendar calendar,
            @ForAll("instants") Instant a,
            @ForAll("minutes") long m1,
            @ForAll("minutes") long m2) {
        var b = a.plus(Duration.ofMinutes(m1));
        var c = b.plus(Duration.ofMinutes(m2));
        assertEquals(calendar.between(a, c), calendar.between(a, b).plus(calendar.between(b, c)));
        assertTrue(calendar.between(a, c).compareTo(Duration.between(a, c)) <= 0);
    }

    @Property(tries = 100)
    void a_week_of_office_hours_is_thirty_five_hours_in_every_zone_whatever_the_week(
            @ForAll("zones") ZoneId zone, @ForAll("instants") Instant instant) {
        var calendar = officeHours(zone, Set.of());
        var monday = instant.atZone(zone)
                .toLocalDate()
                .with(java.time.temporal.TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        var from = monday.atStartOfDay(zone).toInstant();
        var to = monday.plusWeeks(1).atStartOfDay(zone).toInstant();
        assertEquals(Duration.ofHours(35), calendar.between(from, to));
    }

    @Provide
    Arbitrary<Long> minutes() {
        return Arbitraries.longs().between(0, 3 * 24 * 60);
    }
}
