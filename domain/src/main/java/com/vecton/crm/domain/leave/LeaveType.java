package com.vecton.crm.domain.leave;

import com.vecton.crm.domain.edit.Text;
import com.vecton.crm.domain.problem.FieldErrors;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * A kind of leave (annual, sick, unpaid…) and its rules: a yearly allowance in days (absent:
 * unlimited, no balance kept), whether a balance may go below zero, whether a request waits for a
 * review (otherwise it is approved on submission), and whether half days may be asked for.
 */
public record LeaveType(LeaveTypeId id, Details details) {
    public static final int MAX_NAME = 100;
    public static final String NAME_TAKEN = "leave_type_name_taken";

    public String name() {
        return details.name();
    }

    public Optional<BigDecimal> yearlyAllowanceDays() {
        return Optional.ofNullable(details.yearlyAllowanceDays());
    }

    /** Whether approving needs days left on the balance ({@code 422 insufficient_balance}). */
    public boolean limitsBalance() {
        return details.yearlyAllowanceDays() != null && !details.allowNegative();
    }

    /** The fields a client sends. */
    public record Details(
            String name,
            BigDecimal yearlyAllowanceDays,
            boolean allowNegative,
            boolean requiresApproval,
            boolean halfDaysAllowed) {
        public Details {
            name = Text.clean(name);
            var errors = new FieldErrors();
            if (name == null) {
                errors.add("name", "is required");
            }
            errors.maxLength("name", name, MAX_NAME);
            if (yearlyAllowanceDays != null) {
                if (yearlyAllowanceDays.signum() < 0 || yearlyAllowanceDays.compareTo(BigDecimal.valueOf(366)) > 0) {
                    errors.add("yearly_allowance_days", "must be between 0 and 366");
                } else if (!Days.isWholeOrHalf(yearlyAllowanceDays)) {
                    errors.add("yearly_allowance_days", "must be a multiple of 0.5");
                }
            }
            errors.throwIfAny();
            if (yearlyAllowanceDays != null) {
                yearlyAllowanceDays = Days.normal(yearlyAllowanceDays);
            }
        }
    }
}
