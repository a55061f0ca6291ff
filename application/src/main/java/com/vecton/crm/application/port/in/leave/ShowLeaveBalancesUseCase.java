package com.vecton.crm.application.port.in.leave;

import com.vecton.crm.domain.access.Requester;
import com.vecton.crm.domain.access.UserId;
import com.vecton.crm.domain.leave.LeaveBalance;
import java.util.List;

/** A user's balance (absent: the caller's) of every leave type in one year (absent: this year in the tenant's time zone; another user's needs {@code leaves.manage} or {@code leaves.review}). */
public interface ShowLeaveBalancesUseCase {

    List<LeaveBalance> balances(Requester who, UserId user, Integer year);
}
