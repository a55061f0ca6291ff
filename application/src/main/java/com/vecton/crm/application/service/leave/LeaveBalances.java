package com.vecton.crm.application.service.leave;

import com.vecton.crm.application.port.in.leave.AdjustLeaveBalanceUseCase;
import com.vecton.crm.application.port.in.leave.ShowLeaveBalancesUseCase;
import com.vecton.crm.application.port.out.LeaveLedger;
import com.vecton.crm.application.port.out.LeaveRequests;
import com.vecton.crm.application.port.out.LeaveTypes;
import com.vecton.crm.application.port.out.TenantUsers;
import com.vecton.crm.application.service.lifecycle.UseCaseKit;
import com.vecton.crm.domain.access.Requester;
import com.vecton.crm.domain.access.UserId;
import com.vecton.crm.domain.audit.AuditEvent;
import com.vecton.crm.domain.audit.Changes;
import com.vecton.crm.domain.leave.Days;
import com.vecton.crm.domain.leave.LeaveBalance;
import com.vecton.crm.domain.leave.LeaveType;
import com.vecton.crm.domain.leave.LeaveTypeId;
import com.vecton.crm.domain.leave.LedgerEntry;
import com.vecton.crm.domain.problem.FieldErrors;
import com.vecton.crm.domain.problem.ValidationFailed;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** Shows balances and adjusts them, from the append-only ledger. */
public final class LeaveBalances implements ShowLeaveBalancesUseCase, AdjustLeaveBalanceUseCase {
    static final String SUBJECT = "leave_balance";

    private final LeaveTypes types;
    private final LeaveLedger ledger;
    private final LeaveRequests requests;
    private final TenantUsers users;
    private final com.vecton.crm.application.port.out.Holidays holidays;
    private final UseCaseKit kit;
    private final LeavePermissions permissions;

    public LeaveBalances(
            LeaveTypes types,
            LeaveLedger ledger,
            LeaveRequests requests,
            TenantUsers users,
            com.vecton.crm.application.port.out.Holidays holidays,
            UseCaseKit kit) {
        this.holidays = holidays;
        this.types = types;
        this.ledger = ledger;
        this.requests = requests;
        this.users = users;
        this.kit = kit;
        this.permissions = new LeavePermissions(kit);
    }

    /** The balance from the ledger's sums and the pending days. */
    static LeaveBalance balance(LeaveType type, int year, Map<LedgerEntry.Kind, BigDecimal> sums, BigDecimal pending) {
        BigDecimal granted = sums.getOrDefault(LedgerEntry.Kind.ALLOCATION, BigDecimal.ZERO)
                .add(sums.getOrDefault(LedgerEntry.Kind.ADJUSTMENT, BigDecimal.ZERO));
        BigDecimal debited = sums.getOrDefault(LedgerEntry.Kind.APPROVAL, BigDecimal.ZERO)
                .add(sums.getOrDefault(LedgerEntry.Kind.CANCELLATION, BigDecimal.ZERO));
        return LeaveBalance.of(type, year, granted, debited, pending);
    }

    @Override
    public List<LeaveBalance> balances(Requester who, UserId user, Integer asked) {
        UserId owner = user == null ? who.userId() : user;
        int year = asked != null
                ? asked
                : kit.clock().now().atZone(holidays.timezone()).getYear();
        permissions.requireOversee(who, owner, "Another user's leave balances");
        return types.all().stream()
                .map(type -> balance(
                        type, year, ledger.sums(owner, type.id(), year), requests.pendingDays(owner, type.id(), year)))
                .toList();
    }

    @Override
    public LeaveBalance adjust(Requester who, UserId user, LeaveTypeId typeId, int year, BigDecimal days, String note) {
        var errors = new FieldErrors();
        if (user == null) {
            errors.add("user_id", "is required");
        }
        if (typeId == null) {
            errors.add("leave_type_id", "is required");
        }
        if (days == null) {
            errors.add("days", "is required");
        } else if (days.signum() == 0
                || !Days.isWholeOrHalf(days)
                || days.abs().compareTo(BigDecimal.valueOf(366)) > 0) {
            errors.add("days", "must be a non-zero multiple of 0.5 between -366 and 366");
        }
        if (year < 2000 || year > 2100) {
            errors.add("year", "must be between 2000 and 2100");
        }
        errors.maxLength("note", note, LedgerEntry.MAX_NOTE);
        errors.throwIfAny();
        if (!users.isActive(user)) {
            throw ValidationFailed.of("user_id", "must be an active user of the tenant");
        }
        LeaveType type = types.find(typeId)
                .orElseThrow(() -> ValidationFailed.of("leave_type_id", "must be an existing leave type"));
        return kit.transactions().inTransaction(() -> {
            var at = kit.clock().now();
            ledger.lock(user, type.id());
            var before = balance(type, year, ledger.sums(user, type.id(), year), BigDecimal.ZERO);
            ledger.append(new LedgerEntry(
                    user,
                    type.id(),
                    year,
                    LedgerEntry.Kind.ADJUSTMENT,
                    Days.normal(days),
                    null,
                    note,
                    who.userId(),
                    at));
            var after = balance(
                    type, year, ledger.sums(user, type.id(), year), requests.pendingDays(user, type.id(), year));
            kit.audit()
                    .record(
                            who.actor(),
                            SUBJECT,
                            user.value() + ":" + type.id() + ":" + year,
                            AuditEvent.ADJUSTED,
                            Changes.between(
                                    Map.of(
                                            "remaining",
                                            String.valueOf(before.remaining().orElse(null))),
                                    Map.of(
                                            "remaining",
                                            String.valueOf(after.remaining().orElse(null)),
                                            "days",
                                            Days.normal(days).toPlainString())),
                            at);
            return after;
        });
    }
}
