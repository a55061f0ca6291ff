package com.vecton.crm.application.port.in.leave;

import com.vecton.crm.domain.access.Requester;
import com.vecton.crm.domain.leave.LeaveRequest;
import com.vecton.crm.domain.leave.LeaveRequestQuery;
import com.vecton.crm.domain.listing.Page;
import com.vecton.crm.domain.listing.PageRequest;

/** Leave requests, newest start first: the caller's own unless the query names a user or the caller may oversee everybody's and asks for all. */
public interface ListLeaveRequestsUseCase {

    Page<LeaveRequest> list(Requester who, LeaveRequestQuery query, boolean everybody, PageRequest page);
}
