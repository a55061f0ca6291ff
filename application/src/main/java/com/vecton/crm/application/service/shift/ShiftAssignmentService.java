package com.vecton.crm.application.service.shift;

import com.vecton.crm.application.port.in.shift.AssignRecurringShiftUseCase;
import com.vecton.crm.application.port.in.shift.AssignShiftUseCase;
import com.vecton.crm.application.port.in.shift.ListShiftAssignmentsUseCase;
import com.vecton.crm.application.port.in.shift.ShowRosterUseCase;
import com.vecton.crm.application.port.in.shift.ShowShiftAssignmentUseCase;
import com.vecton.crm.application.port.in.shift.UnassignShiftUseCase;
import com.vecton.crm.application.port.out.Holidays;
import com.vecton.crm.application.port.out.LeaveRequests;
import com.vecton.crm.application.port.out.ShiftAssignments;
import com.vecton.crm.application.port.out.Shifts;
import com.vecton.crm.application.port.out.TenantUsers;
import com.vecton.crm.application.service.leave.ShiftsOnLeave;
import com.vecton.crm.application.service.lifecycle.DeleteForGood;
import com.vecton.crm.application.service.lifecycle.UseCaseKit;
import com.vecton.crm.domain.access.Requester;
import com.vecton.crm.domain.access.UserId;
import com.vecton.crm.domain.audit.AuditEvent;
import com.vecton.crm.domain.audit.Changes;
import com.vecton.crm.domain.leave.LeaveRequest;
import com.vecton.crm.domain.problem.NotFound;
import com.vecton.crm.domain.problem.RuleViolated;
import com.vecton.crm.domain.problem.ValidationFailed;
import com.vecton.crm.domain.shift.Recurrence;
import com.vecton.crm.domain.shift.Shift;
import com.vecton.crm.domain.shift.ShiftAssignment;
import com.vecton.crm.domain.shift.ShiftAssignmentId;
import com.vecton.crm.domain.shift.ShiftId;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Assigns users to shifts, alone or recurring, removes assignments, and answers the roster; and,
 * for leave approvals, refuses or removes the shifts an approved leave covers.
 *
 * <p>Races: every assignment and every leave approval of one user holds that user's advisory lock
 * ({@link ShiftAssignments#lockUser}, the lock leave submissions take) before it looks at the
 * other side, so "assigned on a day of approved leave" cannot come from an approval and an
 * assignment passing each other; the exclusion constraint decides overlaps of shifts.
 */
public final class ShiftAssignmentService
        implements AssignShiftUseCase,
                AssignRecurringShiftUseCase,
                UnassignShiftUseCase,
                ShowShiftAssignmentUseCase,
                ListShiftAssignmentsUseCase,
                ShowRosterUseCase,
                ShiftsOnLeave {
    static final String SUBJECT = "shift_assignment";
    public static final int MAX_DAYS = 366;

    private final Shifts shifts;
    private final ShiftAssignments assignments;
    private final LeaveRequests leave;
    private final Holidays holidays;
    private final TenantUsers users;
    private final UseCaseKit kit;

    public ShiftAssignmentService(
            Shifts shifts,
            ShiftAssignments assignments,
            LeaveRequests leave,
            Holidays holidays,
            TenantUsers users,
            UseCaseKit kit) {
        this.shifts = shifts;
        this.assignments = assignments;
        this.leave = leave;
        this.holidays = holidays;
        this.users = users;
        this.kit = kit;
    }

    @Override
    public ShiftAssignment assign(Requester who, UserId user, ShiftId shiftId, LocalDate date) {
        var shift = check(user, shiftId);
        if (date == null) {
            throw ValidationFailed.of("date", "is required");
        }
        ZoneId zone = holidays.timezone();
        return kit.transactions().inTransaction(() -> {
            assignments.lockUser(user);
            if (leave.approvedOn(user, date)) {
                throw new RuleViolated(
                        ShiftAssignment.ON_LEAVE, user.value() + " is on approved leave on " + date + ".");
            }
            return add(who, user, shift, date, zone);
        });
    }

    @Override
    public List<ShiftAssignment> assign(Requester who, UserId user, ShiftId shiftId, Recurrence recurrence) {
        var shift = check(user, shiftId);
        ZoneId zone = holidays.timezone();
        return kit.transactions().inTransaction(() -> {
            assignments.lockUser(user);
            var conflicts = new LinkedHashMap<String, List<String>>();
            var planned = new ArrayList<Shift.Period>();
            for (var date : recurrence.dates()) {
                var period = shift.on(date, zone);
                if (leave.approvedOn(user, date)) {
                    conflicts.put(date.toString(), List.of(ShiftAssignment.ON_LEAVE));
                } else if (!assignments
                                .overlapping(user, period.from(), period.to())
                                .isEmpty()
                        || planned.stream()
                                .anyMatch(p -> p.from().isBefore(period.to())
                                        && period.from().isBefore(p.to()))) {
                    conflicts.put(date.toString(), List.of(ShiftAssignment.OVERLAP));
                }
                planned.add(period);
            }
            if (!conflicts.isEmpty()) {
                throw new RuleViolated(
                        ShiftAssignment.CONFLICTS,
                        conflicts.size() + " of the " + recurrence.dates().size()
                                + " dates conflict; nothing was assigned. errors names each date.",
                        conflicts);
            }
            var created = new ArrayList<ShiftAssignment>();
            for (var date : recurrence.dates()) {
                created.add(add(who, user, shift, date, zone));
            }
            return created;
        });
    }

    private Shift check(UserId user, ShiftId shiftId) {
        if (user == null) {
            throw ValidationFailed.of("user_id", "is required");
        }
        if (shiftId == null) {
            throw ValidationFailed.of("shift_id", "is required");
        }
        if (!users.isActive(user)) {
            throw ValidationFailed.of("user_id", "must be an active user of the tenant");
        }
        return shifts.find(shiftId).orElseThrow(() -> ValidationFailed.of("shift_id", "must be an existing shift"));
    }

    private ShiftAssignment add(Requester who, UserId user, Shift shift, LocalDate date, ZoneId zone) {
        var period = shift.on(date, zone);
        Instant at = kit.clock().now();
        var added = assignments.add(user, shift.id(), date, period.from(), period.to(), who.userId(), at);
        kit.audit().record(who.actor(), SUBJECT, added.id(), AuditEvent.CREATED, Changes.created(fields(added)), at);
        return added;
    }

    @Override
    public ShiftAssignment show(Requester who, ShiftAssignmentId id) {
        return assignments.find(id).orElseThrow(() -> new NotFound(SUBJECT, id));
    }

    @Override
    public void unassign(Requester who, ShiftAssignmentId id) {
        DeleteForGood.delete(kit, who, SUBJECT, id, assignments::remove, ShiftAssignmentService::fields);
    }

    @Override
    public List<ShiftAssignment> list(Requester who, LocalDate from, LocalDate to, UserId user) {
        checkRange(from, to);
        return assignments.between(from, to, user);
    }

    @Override
    public Roster roster(Requester who, LocalDate from, LocalDate to) {
        checkRange(from, to);
        return new Roster(
                from,
                to,
                assignments.between(from, to, null),
                shifts.all(),
                leave.held(from, to),
                holidays.workingDays());
    }

    private static void checkRange(LocalDate from, LocalDate to) {
        if (from == null || to == null) {
            throw ValidationFailed.of(from == null ? "from" : "to", "is required");
        }
        if (to.isBefore(from)) {
            throw ValidationFailed.of("to", "must not be before from");
        }
        if (from.plusDays(MAX_DAYS).isBefore(to)) {
            throw ValidationFailed.of("to", "must be at most " + MAX_DAYS + " days after from");
        }
    }

    /**
     * Under the user's lock: the assignments on the days the approved leave covers, refused
     * ({@code 422 shifts_assigned}, each named in {@code errors}) or, asked to, removed.
     */
    @Override
    public void clear(LeaveRequest approved, boolean unassign) {
        assignments.lockUser(approved.user());
        var period = approved.period();
        var covered = assignments.ofUser(approved.user(), period.startDate(), period.endDate()).stream()
                .filter(a -> period.covers(a.date()))
                .toList();
        if (covered.isEmpty()) {
            return;
        }
        if (!unassign) {
            Map<String, List<String>> named = new LinkedHashMap<>();
            covered.forEach(a -> named.put("shift_assignments." + a.id(), List.of(a.date() + " shift " + a.shift())));
            throw new RuleViolated(
                    LeaveRequest.SHIFTS_ASSIGNED,
                    "The leave covers " + covered.size()
                            + " assigned shifts (named in errors); approve with unassign_shifts=true to remove them.",
                    named);
        }
        assignments.removeAll(covered.stream().map(ShiftAssignment::id).toList());
        Instant at = kit.clock().now();
        for (var a : covered) {
            kit.audit()
                    .record(
                            new com.vecton.crm.domain.audit.Actor(
                                    approved.reviewedBy().orElse(approved.user()), null),
                            SUBJECT,
                            a.id(),
                            AuditEvent.DELETED,
                            Changes.removed(fields(a)),
                            at);
        }
    }

    static Map<String, Object> fields(ShiftAssignment a) {
        var fields = new LinkedHashMap<String, Object>();
        fields.put("user_id", a.user().value());
        fields.put("shift_id", a.shift().value());
        fields.put("date", a.date().toString());
        fields.put("starts_at", a.startsAt().toString());
        fields.put("ends_at", a.endsAt().toString());
        return fields;
    }
}
