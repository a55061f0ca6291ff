package com.vecton.crm.domain.shift;

import com.vecton.crm.domain.access.UserId;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A user on a shift on a date, with the concrete period it takes in the tenant's time zone. One
 * user's periods never overlap ({@code 422 shift_overlap}, an exclusion constraint), and nobody is
 * assigned on a day of approved leave ({@code 422 user_on_leave}).
 */
public record ShiftAssignment(
        ShiftAssignmentId id, UserId user, ShiftId shift, LocalDate date, Instant startsAt, Instant endsAt) {
    public static final String OVERLAP = "shift_overlap";
    public static final String ON_LEAVE = "user_on_leave";
    public static final String CONFLICTS = "shift_conflicts";
}
