package com.vecton.crm.adapter.out.persistence.leave;

import com.vecton.crm.application.port.out.Holidays;
import com.vecton.crm.application.port.out.LeaveLedger;
import com.vecton.crm.application.port.out.LeaveRequests;
import com.vecton.crm.application.port.out.LeaveTypes;
import com.vecton.crm.application.port.out.ShiftAssignments;
import com.vecton.crm.application.port.out.Shifts;

/** The out-ports of leave and shifts (people), handed out together by {@code Persistence.leave()}. */
public record LeaveStores(
        Holidays holidays,
        LeaveTypes types,
        LeaveRequests requests,
        LeaveLedger ledger,
        Shifts shifts,
        ShiftAssignments assignments) {}
