package com.vecton.crm.domain.shift;

import com.vecton.crm.domain.edit.Text;
import com.vecton.crm.domain.problem.FieldErrors;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Locale;

/**
 * A shift template: a name, a start and an end on the wall clock (an end at or before the start
 * crosses midnight, so 22:00-06:00 is a night shift and 08:00-08:00 lasts a day), an unpaid break
 * and a colour for the roster.
 */
public record Shift(ShiftId id, Details details) {
    public static final String NAME_TAKEN = "shift_name_taken";
    public static final String IN_USE = "shift_in_use";
    public static final int MAX_NAME = 100;

    /** The concrete period of this shift on a day, in a time zone, half-open. */
    public Period on(LocalDate day, ZoneId zone) {
        return details.on(day, zone);
    }

    /** The fields a client sends. */
    public record Details(String name, LocalTime start, LocalTime end, int breakMinutes, String color) {
        public static final String DEFAULT_COLOR = "#9E9E9E";

        public Details {
            name = Text.clean(name);
            color = Text.clean(color) == null ? DEFAULT_COLOR : color.strip().toUpperCase(Locale.ROOT);
            var errors = new FieldErrors();
            if (name == null) {
                errors.add("name", "is required");
            }
            errors.maxLength("name", name, MAX_NAME);
            if (start == null) {
                errors.add("start_time", "is required");
            }
            if (end == null) {
                errors.add("end_time", "is required");
            }
            if (!color.matches("#[0-9A-F]{6}")) {
                errors.add("color", "must be a colour #RRGGBB");
            }
            if (breakMinutes < 0) {
                errors.add("break_minutes", "must not be negative");
            } else if (start != null && end != null && breakMinutes >= lengthMinutes(start, end)) {
                errors.add("break_minutes", "must be shorter than the shift");
            }
            errors.throwIfAny();
        }

        public boolean crossesMidnight() {
            return !end.isAfter(start);
        }

        /** Minutes from start to end, across midnight where it crosses it (on a day without a DST change). */
        public static long lengthMinutes(LocalTime start, LocalTime end) {
            long minutes = java.time.Duration.between(start, end).toMinutes();
            return minutes <= 0 ? minutes + 24 * 60 : minutes;
        }

        public Period on(LocalDate day, ZoneId zone) {
            Instant from = ZonedDateTime.of(day, start, zone).toInstant();
            Instant to = ZonedDateTime.of(crossesMidnight() ? day.plusDays(1) : day, end, zone)
                    .toInstant();
            if (!to.isAfter(from)) {
                // A DST gap swallowed the whole shift: it still takes its wall-clock hour.
                to = from.plusSeconds(60);
            }
            return new Period(from, to);
        }
    }

    /** A half-open span {@code [from, to)}. */
    public record Period(Instant from, Instant to) {}
}
