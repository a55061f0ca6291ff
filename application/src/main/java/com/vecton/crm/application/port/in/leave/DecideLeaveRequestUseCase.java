package com.vecton.crm.application.port.in.leave;

import com.vecton.crm.domain.access.Requester;
import com.vecton.crm.domain.leave.LeaveRequest;
import com.vecton.crm.domain.leave.LeaveRequestId;

/** Approves, rejects or cancels a leave request, as the transition table and the rules of {@link com.vecton.crm.domain.leave.LeaveRequest} allow. */
public interface DecideLeaveRequestUseCase {

    LeaveRequest decide(Requester who, LeaveRequestId id, LeaveDecision decision);
}
