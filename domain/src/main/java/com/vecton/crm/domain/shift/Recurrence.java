package com.vecton.crm.domain.shift;

import com.vecton.crm.domain.problem.FieldErrors;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Which dates a recurring assignment covers: the given weekdays from {@code from} to {@code to}, inclusive. */
public record Recurrence(Set<DayOfWeek> weekdays, LocalDate from, LocalDate to) {
    public static final int MAX_DAYS = 366;

    public Recurrence {
        var errors = new FieldErrors();
        if (weekdays == null || weekdays.isEmpty()) {
            errors.add("weekdays", "must name at least one weekday");
        }
        if (from == null) {
            errors.add("from", "is required");
        }
        if (to == null) {
            errors.add("to", "is required");
        }
        if (from != null && to != null) {
            if (to.isBefore(from)) {
                errors.add("to", "must not be before from");
            } else if (from.plusDays(MAX_DAYS).isBefore(to)) {
                errors.add("to", "must be at most " + MAX_DAYS + " days after from");
            }
        }
        errors.throwIfAny();
        weekdays = Set.copyOf(weekdays);
    }

    public List<LocalDate> dates() {
        var dates = new ArrayList<LocalDate>();
        for (var day = from; !day.isAfter(to); day = day.plusDays(1)) {
            if (weekdays.contains(day.getDayOfWeek())) {
                dates.add(day);
            }
        }
        return dates;
    }
}
