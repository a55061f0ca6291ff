package com.vecton.crm.application.port.out;

import com.vecton.crm.domain.access.UserId;
import com.vecton.crm.domain.shift.ShiftAssignment;
import com.vecton.crm.domain.shift.ShiftAssignmentId;
import com.vecton.crm.domain.shift.ShiftId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Shift assignments: one user's never overlap in time (the store guarantees it). */
public interface ShiftAssignments {

    /**
     * Queues the writers of one user's days until the transaction ends: leave submissions and
     * decisions ({@link LeaveRequests#insert} takes the same lock) and shift assignments.
     */
    void lockUser(UserId user);

    /**
     * @throws com.vecton.crm.domain.problem.RuleViolated {@code shift_overlap} when it overlaps another
     *         of the user's assignments
     */
    ShiftAssignment add(
            UserId user, ShiftId shift, LocalDate date, Instant startsAt, Instant endsAt, UserId createdBy, Instant at);

    /** A user's assignments whose period overlaps {@code [from, to)}. */
    List<ShiftAssignment> overlapping(UserId user, Instant from, Instant to);

    /** Assignments on dates {@code from}..{@code to}, optionally of one user, by date, user and start. */
    List<ShiftAssignment> between(LocalDate from, LocalDate to, UserId user);

    /** A user's assignments on dates {@code from}..{@code to}. */
    default List<ShiftAssignment> ofUser(UserId user, LocalDate from, LocalDate to) {
        return between(from, to, user);
    }

    /** The assignment of this id, if there is one. */
    Optional<ShiftAssignment> find(ShiftAssignmentId id);

    Optional<ShiftAssignment> remove(ShiftAssignmentId id);

    void removeAll(List<ShiftAssignmentId> ids);
}
