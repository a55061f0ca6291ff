package com.vecton.crm.application.port.in.leave;

import com.vecton.crm.domain.access.Requester;
import com.vecton.crm.domain.leave.LeaveType;
import com.vecton.crm.domain.leave.LeaveTypeId;

/** Replaces a leave type's fields ({@code leaves.manage}); requests already made keep their days. */
public interface ReplaceLeaveTypeUseCase {

    LeaveType replace(Requester who, LeaveTypeId id, LeaveType.Details details);
}
