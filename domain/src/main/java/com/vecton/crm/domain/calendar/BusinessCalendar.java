package com.vecton.crm.domain.calendar;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Business hours: opening ranges per weekday in one IANA time zone, closed on holidays. SLA due
 * times are business time added to an instant on it.
 *
 * <p>All arithmetic runs on the wall clock of {@link #zone()}: each day's ranges become instants
 * with that day's offset (a wall time in a spring-forward gap is the instant of the jump, one in
 * an autumn overlap takes the earlier offset, so a day's ranges stay in order and never overlap),
 * so a range {@code 00:00-24:00} on
 * the day clocks go back lasts 25 hours and on the day they go forward 23. Business time is
 * counted in elapsed seconds of open time, never in wall-clock differences.
 */
public final class BusinessCalendar {
    /** How far the arithmetic looks for open time before it calls the calendar closed for good. */
    static final int SEARCH_DAYS = 3 * 366;

    private final ZoneId zone;
    private final Map<DayOfWeek, List<OpeningRange>> hours;
    private final Set<LocalDate> holidays;

    private BusinessCalendar(ZoneId zone, Map<DayOfWeek, List<OpeningRange>> hours, Set<LocalDate> holidays) {
        this.zone = zone;
        this.hours = hours;
        this.holidays = holidays;
    }

    /**
     * @throws IllegalArgumentException when two ranges of one weekday overlap (adjacent ones are
     *         fine) or no weekday has any range
     */
    public static BusinessCalendar of(ZoneId zone, Map<DayOfWeek, List<OpeningRange>> hours, Set<LocalDate> holidays) {
        var sorted = new EnumMap<DayOfWeek, List<OpeningRange>>(DayOfWeek.class);
        hours.forEach((day, ranges) -> {
            var list = new ArrayList<>(ranges);
            list.sort(Comparator.comparingInt(OpeningRange::startMinute));
            for (int i = 1; i < list.size(); i++) {
                if (list.get(i - 1).overlaps(list.get(i))) {
                    throw new IllegalArgumentException("opening ranges of " + day + " overlap");
                }
            }
            if (!list.isEmpty()) {
                sorted.put(day, List.copyOf(list));
            }
        });
        if (sorted.isEmpty()) {
            throw new IllegalArgumentException("a business calendar is open on at least one weekday");
        }
        return new BusinessCalendar(zone, Map.copyOf(sorted), Set.copyOf(holidays));
    }

    /** Ranges of one weekday overlapping, the rule {@link #of} enforces, for input validation. */
    public static boolean overlapping(List<OpeningRange> ranges) {
        for (int i = 0; i < ranges.size(); i++) {
            for (int j = i + 1; j < ranges.size(); j++) {
                if (ranges.get(i).overlaps(ranges.get(j))) {
                    return true;
                }
            }
        }
        return false;
    }

    public ZoneId zone() {
        return zone;
    }

    /** The open periods of one local day, as instants, in order; none on a holiday. */
    public List<Period> openOn(LocalDate day) {
        if (holidays.contains(day)) {
            return List.of();
        }
        var ranges = hours.getOrDefault(day.getDayOfWeek(), List.of());
        var periods = new ArrayList<Period>(ranges.size());
        for (var range : ranges) {
            var from = instantAt(day, range.startMinute());
            var to = instantAt(day, range.endMinute());
            if (from.isBefore(to)) {
                periods.add(new Period(from, to));
            }
        }
        return periods;
    }

    private Instant instantAt(LocalDate day, int minute) {
        if (minute == OpeningRange.DAY_MINUTES) {
            return day.plusDays(1).atStartOfDay(zone).toInstant();
        }
        var wallClock = day.atTime(minute / 60, minute % 60);
        var rules = zone.getRules();
        if (rules.getValidOffsets(wallClock).isEmpty()) {
            // In a spring-forward gap: the instant the clocks jumped, so a day's ranges stay in order.
            return rules.getTransition(wallClock).getInstant();
        }
        return ZonedDateTime.of(wallClock, zone).toInstant();
    }

    /** Whether the calendar is open at this instant (open periods are half-open). */
    public boolean isOpen(Instant at) {
        var day = at.atZone(zone).toLocalDate();
        for (var d = day.minusDays(1); !d.isAfter(day.plusDays(1)); d = d.plusDays(1)) {
            for (var p : openOn(d)) {
                if (!at.isBefore(p.from()) && at.isBefore(p.to())) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The earliest instant at which {@code amount} of open time has passed since {@code from}. A
     * positive amount always ends inside open hours or at the close of a period; zero gives the
     * next open instant (or {@code from} itself when open).
     */
    public Instant plus(Instant from, Duration amount) {
        if (amount.isNegative()) {
            return minus(from, amount.negated());
        }
        long remaining = amount.toNanos();
        var day = from.atZone(zone).toLocalDate().minusDays(1);
        for (int i = 0; i < SEARCH_DAYS; i++, day = day.plusDays(1)) {
            for (var p : openOn(day)) {
                if (!p.to().isAfter(from)) {
                    continue;
                }
                var start = p.from().isAfter(from) ? p.from() : from;
                long available = Duration.between(start, p.to()).toNanos();
                if (remaining <= available) {
                    return start.plusNanos(remaining);
                }
                remaining -= available;
            }
        }
        throw new IllegalStateException("the calendar has no open time within " + SEARCH_DAYS + " days");
    }

    /**
     * The latest instant from which {@code amount} of open time passes until {@code to}; the inverse
     * of {@link #plus} for instants inside open hours ({@code minus(plus(t, d), d) == t}).
     */
    public Instant minus(Instant to, Duration amount) {
        if (amount.isNegative()) {
            return plus(to, amount.negated());
        }
        if (amount.isZero()) {
            return to;
        }
        long remaining = amount.toNanos();
        var day = to.atZone(zone).toLocalDate().plusDays(1);
        for (int i = 0; i < SEARCH_DAYS; i++, day = day.minusDays(1)) {
            var periods = openOn(day);
            for (int k = periods.size() - 1; k >= 0; k--) {
                var p = periods.get(k);
                if (!p.from().isBefore(to)) {
                    continue;
                }
                var end = p.to().isBefore(to) ? p.to() : to;
                long available = Duration.between(p.from(), end).toNanos();
                if (remaining <= available) {
                    return end.minusNanos(remaining);
                }
                remaining -= available;
            }
        }
        throw new IllegalStateException("the calendar has no open time within " + SEARCH_DAYS + " days");
    }

    /** Open time between two instants ({@code from} after {@code to} gives a negative duration). */
    public Duration between(Instant from, Instant to) {
        if (from.isAfter(to)) {
            return between(to, from).negated();
        }
        long total = 0;
        var last = to.atZone(zone).toLocalDate().plusDays(1);
        for (var day = from.atZone(zone).toLocalDate().minusDays(1); !day.isAfter(last); day = day.plusDays(1)) {
            for (var p : openOn(day)) {
                var start = p.from().isAfter(from) ? p.from() : from;
                var end = p.to().isBefore(to) ? p.to() : to;
                if (start.isBefore(end)) {
                    total += Duration.between(start, end).toNanos();
                }
            }
        }
        return Duration.ofNanos(total);
    }

    /** A half-open span of time {@code [from, to)}. */
    public record Period(Instant from, Instant to) {
        public Period {
            if (to.isBefore(from)) {
                throw new IllegalArgumentException("a period ends at or after its start");
            }
        }
    }
}
