package com.vecton.crm.application.service.leave;

import com.vecton.crm.domain.leave.LeaveRequest;

/**
 * What approving leave does to the requester's shifts on its days: refuse while any is assigned
 * ({@code 422 shifts_assigned}, listing them), or remove them in the approval's transaction.
 */
@FunctionalInterface
public interface ShiftsOnLeave {
    void clear(LeaveRequest approved, boolean unassign);
}
