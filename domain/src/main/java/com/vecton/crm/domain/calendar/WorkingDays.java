package com.vecton.crm.domain.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/**
 * Which days are working days: the tenant's working weekdays (Monday to Friday unless a tenant
 * setting says otherwise) minus its holidays. Leave counts its days on it, business-hours calendars
 * close on its holidays.
 */
public record WorkingDays(Set<DayOfWeek> weekdays, Set<LocalDate> holidays) {
    public static final Set<DayOfWeek> MONDAY_TO_FRIDAY = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);

    public WorkingDays {
        weekdays = weekdays.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(weekdays));
        holidays = Set.copyOf(holidays);
    }

    public static WorkingDays mondayToFriday(Set<LocalDate> holidays) {
        return new WorkingDays(MONDAY_TO_FRIDAY, holidays);
    }

    public boolean isWorkingDay(LocalDate day) {
        return weekdays.contains(day.getDayOfWeek()) && !holidays.contains(day);
    }

    public boolean isHoliday(LocalDate day) {
        return holidays.contains(day);
    }
}
