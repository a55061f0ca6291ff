package com.vecton.crm.application.port.in.leave;

import com.vecton.crm.domain.access.Requester;
import com.vecton.crm.domain.leave.LeaveType;

/** Adds a leave type ({@code leaves.manage}); names are unique ignoring case ({@code 422 leave_type_name_taken}). */
public interface CreateLeaveTypeUseCase {

    LeaveType create(Requester who, LeaveType.Details details);
}
