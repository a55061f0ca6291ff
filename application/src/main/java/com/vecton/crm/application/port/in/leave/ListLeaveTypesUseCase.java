package com.vecton.crm.application.port.in.leave;

import com.vecton.crm.domain.access.Requester;
import com.vecton.crm.domain.leave.LeaveType;
import java.util.List;

/** Every leave type, by name. */
public interface ListLeaveTypesUseCase {

    List<LeaveType> list(Requester who);
}
