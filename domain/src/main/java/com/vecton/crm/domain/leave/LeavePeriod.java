package com.vecton.crm.domain.leave;

import com.vecton.crm.domain.calendar.WorkingDays;
import com.vecton.crm.domain.problem.FieldErrors;
import com.vecton.crm.domain.problem.RuleViolated;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The days a leave request covers, to the half day. Each day has two slots, the morning
 * ({@code 2 × epochDay}) and the afternoon ({@code 2 × epochDay + 1}); the period is the closed
 * slot range {@link #firstSlot()}..{@link #lastSlot()}. The database keeps the same range in an
 * exclusion constraint (V40), so a morning and an afternoon of one day fit side by side and a full
 * day and a half of it do not.
 */
public record LeavePeriod(LocalDate startDate, LocalDate endDate, DayHalf startHalf, DayHalf endHalf) {
    /** The longest request, in days after its start. */
    public static final int MAX_DAYS = 366;

    /**
     * Normalises the halves: on one day, {@code am} with a full end is the morning and a full
     * start with {@code pm} the afternoon; over several days an {@code am} start and a {@code pm}
     * end are the full day they already cover.
     */
    public LeavePeriod {
        startHalf = startHalf == null ? DayHalf.FULL : startHalf;
        endHalf = endHalf == null ? DayHalf.FULL : endHalf;
        var errors = new FieldErrors();
        if (startDate == null) {
            errors.add("start_date", "is required");
        }
        if (endDate == null) {
            errors.add("end_date", "is required");
        }
        if (startDate != null && endDate != null) {
            if (endDate.isBefore(startDate)) {
                errors.add("end_date", "must not be before start_date");
            } else if (startDate.plusDays(MAX_DAYS).isBefore(endDate)) {
                errors.add("end_date", "must be at most " + MAX_DAYS + " days after start_date");
            } else if (startDate.equals(endDate)) {
                if (startHalf == DayHalf.PM && endHalf == DayHalf.AM) {
                    errors.add("end_half", "cannot end in the morning of a day that starts in the afternoon");
                } else if (startHalf == DayHalf.AM && endHalf == DayHalf.FULL) {
                    endHalf = DayHalf.AM;
                } else if (startHalf == DayHalf.FULL && endHalf == DayHalf.PM) {
                    startHalf = DayHalf.PM;
                } else if (startHalf == DayHalf.AM && endHalf == DayHalf.PM) {
                    startHalf = DayHalf.FULL;
                    endHalf = DayHalf.FULL;
                }
            } else {
                startHalf = startHalf == DayHalf.AM ? DayHalf.FULL : startHalf;
                endHalf = endHalf == DayHalf.PM ? DayHalf.FULL : endHalf;
            }
        }
        errors.throwIfAny();
    }

    public long firstSlot() {
        return startDate.toEpochDay() * 2 + (startHalf == DayHalf.PM ? 1 : 0);
    }

    public long lastSlot() {
        return endDate.toEpochDay() * 2 + (endHalf == DayHalf.AM ? 0 : 1);
    }

    public boolean isHalfDay() {
        return lastSlot() - firstSlot() == 0;
    }

    /** Whether the two periods share a half day. */
    public boolean overlaps(LeavePeriod other) {
        return firstSlot() <= other.lastSlot() && other.firstSlot() <= lastSlot();
    }

    /** Whether any part of this day is covered. */
    public boolean covers(LocalDate day) {
        long morning = day.toEpochDay() * 2;
        return firstSlot() <= morning + 1 && morning <= lastSlot();
    }

    /** The part of one covered day: full, am or pm; {@code null} when the day is not covered. */
    public DayHalf partOf(LocalDate day) {
        long morning = day.toEpochDay() * 2;
        boolean am = firstSlot() <= morning && morning <= lastSlot();
        boolean pm = firstSlot() <= morning + 1 && morning + 1 <= lastSlot();
        return am && pm ? DayHalf.FULL : am ? DayHalf.AM : pm ? DayHalf.PM : null;
    }

    /** Half days on working days, weekends and holidays excluded. */
    public long workingHalves(WorkingDays days) {
        long halves = 0;
        for (long slot = firstSlot(); slot <= lastSlot(); slot++) {
            if (days.isWorkingDay(LocalDate.ofEpochDay(Math.floorDiv(slot, 2)))) {
                halves++;
            }
        }
        return halves;
    }

    /**
     * The days the request takes: working days, halves counting 0.5.
     *
     * @throws RuleViolated {@code no_working_days} when the period covers no working day
     */
    public BigDecimal days(WorkingDays days) {
        long halves = workingHalves(days);
        if (halves == 0) {
            throw new RuleViolated(
                    "no_working_days", "The request covers no working day (weekends and holidays do not count).");
        }
        return BigDecimal.valueOf(halves).divide(BigDecimal.valueOf(2)).setScale(1);
    }
}
