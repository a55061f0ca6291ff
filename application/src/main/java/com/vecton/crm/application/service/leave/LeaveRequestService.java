package com.vecton.crm.application.service.leave;

import com.vecton.crm.application.port.in.leave.DecideLeaveRequestUseCase;
import com.vecton.crm.application.port.in.leave.LeaveCalendarUseCase;
import com.vecton.crm.application.port.in.leave.LeaveDecision;
import com.vecton.crm.application.port.in.leave.LeaveRequestDraft;
import com.vecton.crm.application.port.in.leave.ListLeaveRequestsUseCase;
import com.vecton.crm.application.port.in.leave.ShowLeaveRequestUseCase;
import com.vecton.crm.application.port.in.leave.SubmitLeaveRequestUseCase;
import com.vecton.crm.application.port.out.Holidays;
import com.vecton.crm.application.port.out.LeaveLedger;
import com.vecton.crm.application.port.out.LeaveRequests;
import com.vecton.crm.application.port.out.LeaveTypes;
import com.vecton.crm.application.port.out.TenantUsers;
import com.vecton.crm.application.service.lifecycle.UseCaseKit;
import com.vecton.crm.domain.access.Requester;
import com.vecton.crm.domain.access.UserId;
import com.vecton.crm.domain.audit.AuditEvent;
import com.vecton.crm.domain.audit.Changes;
import com.vecton.crm.domain.leave.DayHalf;
import com.vecton.crm.domain.leave.LeaveRequest;
import com.vecton.crm.domain.leave.LeaveRequestId;
import com.vecton.crm.domain.leave.LeaveRequestQuery;
import com.vecton.crm.domain.leave.LeaveStatus;
import com.vecton.crm.domain.leave.LeaveType;
import com.vecton.crm.domain.leave.LedgerEntry;
import com.vecton.crm.domain.listing.Page;
import com.vecton.crm.domain.listing.PageRequest;
import com.vecton.crm.domain.problem.NotFound;
import com.vecton.crm.domain.problem.RuleViolated;
import com.vecton.crm.domain.problem.ValidationFailed;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * Submits, decides, shows and lists leave requests.
 *
 * <p>Races are the database's: a submission queues on the user's writers and the exclusion
 * constraint refuses an overlap ({@link LeaveRequests#insert}); a decision holds the request's row
 * lock, and an approval or a cancellation of an approved request then the balance lock of the user
 * and type ({@link LeaveLedger#lock}), in that order, so two approvals for the last days of one
 * balance take turns and the second sees the first's ledger row.
 */
public final class LeaveRequestService
        implements SubmitLeaveRequestUseCase,
                DecideLeaveRequestUseCase,
                ShowLeaveRequestUseCase,
                ListLeaveRequestsUseCase,
                LeaveCalendarUseCase {
    static final String SUBJECT = "leave_request";
    /** The longest range a calendar answers, in days. */
    public static final int CALENDAR_MAX_DAYS = 366;

    private final LeaveRequests requests;
    private final LeaveTypes types;
    private final LeaveLedger ledger;
    private final Holidays holidays;
    private final TenantUsers users;
    private final ShiftsOnLeave shifts;
    private final UseCaseKit kit;
    private final LeavePermissions permissions;

    public LeaveRequestService(
            LeaveRequests requests,
            LeaveTypes types,
            LeaveLedger ledger,
            Holidays holidays,
            TenantUsers users,
            ShiftsOnLeave shifts,
            UseCaseKit kit) {
        this.requests = requests;
        this.types = types;
        this.ledger = ledger;
        this.holidays = holidays;
        this.users = users;
        this.shifts = shifts;
        this.kit = kit;
        this.permissions = new LeavePermissions(kit);
    }

    @Override
    public LeaveRequest submit(Requester who, LeaveRequestDraft draft) {
        UserId owner = draft.user() == null ? who.userId() : draft.user();
        if (!owner.equals(who.userId())) {
            permissions.requireManage(who, owner, "Requesting leave for another user");
        }
        if (!users.isActive(owner)) {
            throw ValidationFailed.of("user_id", "must be an active user of the tenant");
        }
        LeaveType type = types.find(draft.type())
                .orElseThrow(() -> ValidationFailed.of("leave_type_id", "must be an existing leave type"));
        var period = draft.period();
        if (!type.details().halfDaysAllowed()
                && (period.startHalf() != DayHalf.FULL || period.endHalf() != DayHalf.FULL)) {
            throw ValidationFailed.of("start_half", "half days are not allowed for leave type " + type.name());
        }
        BigDecimal days = period.days(holidays.workingDays());
        return kit.transactions().inTransaction(() -> {
            Instant at = kit.clock().now();
            var request =
                    LeaveRequest.submit(requests.nextId(), owner, type, period, days, draft.reason(), who.userId(), at);
            if (request.status() == LeaveStatus.APPROVED) {
                ledger.lock(owner, type.id());
                requireBalance(request, type);
            }
            requests.insert(request);
            if (request.status() == LeaveStatus.APPROVED) {
                shifts.clear(request, false);
                ledger.append(debit(request, who.userId(), at));
            }
            kit.audit()
                    .record(
                            who.actor(),
                            SUBJECT,
                            request.id(),
                            AuditEvent.CREATED,
                            Changes.created(fields(request)),
                            at);
            return request;
        });
    }

    @Override
    public LeaveRequest decide(Requester who, LeaveRequestId id, LeaveDecision decision) {
        return kit.transactions().inTransaction(() -> {
            var before = requests.lock(id).orElseThrow(() -> new NotFound(SUBJECT, id));
            boolean own = before.user().equals(who.userId());
            boolean oversees = permissions.mayOversee(who, before.user());
            if (!own && !oversees) {
                throw new NotFound(SUBJECT, id);
            }
            Instant at = kit.clock().now();
            LocalDate today = at.atZone(holidays.timezone()).toLocalDate();
            LeaveRequest after = switch (decision.verb()) {
                case APPROVE -> before.approve(who.userId(), decision.note(), at);
                case REJECT -> before.reject(who.userId(), decision.note(), at);
                case CANCEL -> before.cancel(who.userId(), oversees, decision.note(), today, at);
            };
            if (after.status() == LeaveStatus.APPROVED) {
                var type = types.find(after.type()).orElseThrow();
                ledger.lock(after.user(), after.type());
                requireBalance(after, type);
                shifts.clear(after, decision.unassignShifts());
                ledger.append(debit(after, who.userId(), at));
            } else if (after.status() == LeaveStatus.CANCELLED && before.status() == LeaveStatus.APPROVED) {
                ledger.lock(after.user(), after.type());
                ledger.append(new LedgerEntry(
                        after.user(),
                        after.type(),
                        yearOf(after),
                        LedgerEntry.Kind.CANCELLATION,
                        after.days(),
                        after.id(),
                        null,
                        who.userId(),
                        at));
            }
            requests.update(after);
            var event = switch (decision.verb()) {
                case APPROVE -> AuditEvent.APPROVED;
                case REJECT -> AuditEvent.REJECTED;
                case CANCEL -> AuditEvent.CANCELLED;
            };
            kit.audit().record(who.actor(), SUBJECT, id, event, Changes.between(fields(before), fields(after)), at);
            return after;
        });
    }

    @Override
    public LeaveRequest show(Requester who, LeaveRequestId id) {
        var request = requests.find(id).orElseThrow(() -> new NotFound(SUBJECT, id));
        if (!request.user().equals(who.userId()) && !permissions.mayOversee(who, request.user())) {
            throw new NotFound(SUBJECT, id);
        }
        return request;
    }

    @Override
    public Page<LeaveRequest> list(Requester who, LeaveRequestQuery query, boolean everybody, PageRequest page) {
        if (query.owner().isPresent()) {
            permissions.requireOversee(who, query.owner().get(), "Another user's leave requests");
            return requests.list(query, page);
        }
        if (everybody) {
            permissions.requireOversee(who, null, "Everybody's leave requests");
            return requests.list(query, page);
        }
        return requests.list(query.ownedBy(who.userId()), page);
    }

    @Override
    public Away away(Requester who, LocalDate from, LocalDate to) {
        if (from == null || to == null) {
            throw ValidationFailed.of(from == null ? "from" : "to", "is required");
        }
        if (to.isBefore(from)) {
            throw ValidationFailed.of("to", "must not be before from");
        }
        if (from.plusDays(CALENDAR_MAX_DAYS).isBefore(to)) {
            throw ValidationFailed.of("to", "must be at most " + CALENDAR_MAX_DAYS + " days after from");
        }
        return new Away(requests.held(from, to), holidays.workingDays());
    }

    private void requireBalance(LeaveRequest request, LeaveType type) {
        if (!type.limitsBalance()) {
            return;
        }
        int year = yearOf(request);
        var sums = ledger.sums(request.user(), type.id(), year);
        var balance = LeaveBalances.balance(type, year, sums, BigDecimal.ZERO);
        if (!balance.allows(request.days())) {
            throw new RuleViolated(
                    LeaveRequest.INSUFFICIENT_BALANCE,
                    "The request takes " + request.days() + " days of " + type.name() + "; "
                            + balance.remaining().orElseThrow() + " remain in " + year + ".");
        }
    }

    private static LedgerEntry debit(LeaveRequest request, UserId by, Instant at) {
        return new LedgerEntry(
                request.user(),
                request.type(),
                yearOf(request),
                LedgerEntry.Kind.APPROVAL,
                request.days().negate(),
                request.id(),
                null,
                by,
                at);
    }

    /** A request's days count in the year it starts. */
    static int yearOf(LeaveRequest request) {
        return request.period().startDate().getYear();
    }

    static Map<String, Object> fields(LeaveRequest r) {
        var fields = new HashMap<String, Object>();
        fields.put("user_id", r.user().value());
        fields.put("leave_type_id", r.type().value());
        fields.put("start_date", r.period().startDate().toString());
        fields.put("end_date", r.period().endDate().toString());
        fields.put("start_half", r.period().startHalf().apiName());
        fields.put("end_half", r.period().endHalf().apiName());
        fields.put("days", r.days().toPlainString());
        fields.put("reason", r.reason().orElse(null));
        fields.put("status", r.status().apiName());
        fields.put("reviewed_by", r.reviewedBy().map(UserId::value).orElse(null));
        fields.put("review_note", r.reviewNote().orElse(null));
        return fields;
    }
}
