package com.vecton.crm.domain.calendar;

import com.vecton.crm.domain.edit.Text;
import com.vecton.crm.domain.problem.FieldErrors;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A business-hours calendar as a tenant defines it: a name, an IANA time zone and opening ranges
 * per weekday (several per day allowed, never overlapping); it closes on the tenant's holidays.
 */
public record CalendarSpec(long id, Details details) {
    public static final String NAME_TAKEN = "calendar_name_taken";
    public static final int MAX_NAME = 100;

    /** The calendar, closed on these holidays. */
    public BusinessCalendar calendar(Set<LocalDate> holidays) {
        return BusinessCalendar.of(ZoneId.of(details.timezone()), details.hours(), holidays);
    }

    /** The fields a client sends. */
    public record Details(String name, String timezone, Map<DayOfWeek, List<OpeningRange>> hours) {
        public Details {
            name = Text.clean(name);
            timezone = Text.clean(timezone);
            var copy = new EnumMap<DayOfWeek, List<OpeningRange>>(DayOfWeek.class);
            if (hours != null) {
                hours.forEach((day, ranges) -> copy.put(day, List.copyOf(ranges)));
            }
            hours = java.util.Collections.unmodifiableMap(copy);
            var errors = new FieldErrors();
            if (name == null) {
                errors.add("name", "is required");
            }
            errors.maxLength("name", name, MAX_NAME);
            if (timezone == null) {
                errors.add("timezone", "is required");
            } else {
                try {
                    ZoneId.of(timezone);
                } catch (DateTimeException unknown) {
                    errors.add("timezone", "must be an IANA time zone such as Europe/Budapest");
                }
            }
            if (hours.values().stream().allMatch(List::isEmpty)) {
                errors.add("hours", "must open on at least one weekday");
            }
            hours.forEach((day, ranges) -> {
                if (BusinessCalendar.overlapping(ranges)) {
                    errors.add("hours." + day.name().toLowerCase(java.util.Locale.ROOT), "ranges must not overlap");
                }
            });
            errors.throwIfAny();
        }
    }
}
