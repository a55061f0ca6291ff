package com.vecton.crm.domain.leave;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * A user's balance of one leave type in one year: the allowance (the type's yearly days plus
 * allocations and adjustments; absent for an unlimited type), the days taken (approved, less
 * cancelled), the days asked for and still pending, and what remains.
 */
public record LeaveBalance(LeaveType type, int year, BigDecimal allowance, BigDecimal taken, BigDecimal pending) {

    /**
     * @param granted allocations and adjustments of the year (their sum)
     * @param debited approvals and cancellations of the year (their sum: negative when days are taken)
     */
    public static LeaveBalance of(
            LeaveType type, int year, BigDecimal granted, BigDecimal debited, BigDecimal pending) {
        var allowance =
                type.yearlyAllowanceDays().map(days -> days.add(granted)).orElse(null);
        return new LeaveBalance(
                type,
                year,
                allowance == null ? null : Days.normal(allowance),
                Days.normal(debited.negate()),
                Days.normal(pending));
    }

    public Optional<BigDecimal> remaining() {
        return Optional.ofNullable(allowance).map(a -> Days.normal(a.subtract(taken)));
    }

    /** Whether approving {@code days} more keeps the balance within the type's rule. */
    public boolean allows(BigDecimal days) {
        if (!type.limitsBalance()) {
            return true;
        }
        return remaining().orElseThrow().subtract(days).signum() >= 0;
    }
}
