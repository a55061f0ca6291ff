package com.vecton.crm.application.port.in.leave;

import com.vecton.crm.domain.access.Requester;
import com.vecton.crm.domain.leave.LeaveRequest;
import com.vecton.crm.domain.leave.LeaveRequestId;

/** One leave request: one's own, or anybody's for a reviewer or a manager (else {@code 404}). */
public interface ShowLeaveRequestUseCase {

    LeaveRequest show(Requester who, LeaveRequestId id);
}
