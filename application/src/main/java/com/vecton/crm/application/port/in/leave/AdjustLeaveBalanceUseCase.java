package com.vecton.crm.application.port.in.leave;

import com.vecton.crm.domain.access.Requester;
import com.vecton.crm.domain.access.UserId;
import com.vecton.crm.domain.leave.LeaveBalance;
import com.vecton.crm.domain.leave.LeaveTypeId;
import java.math.BigDecimal;

/** Adds (or, negative, takes) days on a user's balance of one type and year ({@code leaves.manage}), as a ledger row. */
public interface AdjustLeaveBalanceUseCase {

    LeaveBalance adjust(Requester who, UserId user, LeaveTypeId type, int year, BigDecimal days, String note);
}
