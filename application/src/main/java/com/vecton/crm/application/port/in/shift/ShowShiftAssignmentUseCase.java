package com.vecton.crm.application.port.in.shift;

import com.vecton.crm.domain.access.Requester;
import com.vecton.crm.domain.shift.ShiftAssignment;
import com.vecton.crm.domain.shift.ShiftAssignmentId;

/** One assignment, as its create's {@code Location} names it; unknown is {@code 404}. */
public interface ShowShiftAssignmentUseCase {

    ShiftAssignment show(Requester who, ShiftAssignmentId id);
}
