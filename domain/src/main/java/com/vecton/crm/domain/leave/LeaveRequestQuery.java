package com.vecton.crm.domain.leave;

import com.vecton.crm.domain.access.UserId;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The filters of a list of leave requests: whose (absent: everybody's, for those who may see
 * them), which status, and the days they touch ({@code from}..{@code to}, both inclusive).
 */
public record LeaveRequestQuery(UserId user, LeaveStatus status, LocalDate from, LocalDate to) {
    public Optional<UserId> owner() {
        return Optional.ofNullable(user);
    }

    public LeaveRequestQuery ownedBy(UserId owner) {
        return new LeaveRequestQuery(owner, status, from, to);
    }
}
