package com.vecton.crm.application.port.in.leave;

import com.vecton.crm.domain.access.Requester;
import com.vecton.crm.domain.leave.LeaveRequest;

/** Submits a leave request: for the caller, or for another user with {@code leaves.manage}; {@code 422 leave_overlap}, {@code no_working_days}. */
public interface SubmitLeaveRequestUseCase {

    LeaveRequest submit(Requester who, LeaveRequestDraft draft);
}
