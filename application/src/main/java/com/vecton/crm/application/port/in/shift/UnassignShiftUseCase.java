package com.vecton.crm.application.port.in.shift;

import com.vecton.crm.domain.access.Requester;
import com.vecton.crm.domain.shift.ShiftAssignmentId;

/** Removes an assignment for good; unknown is {@code 404}. */
public interface UnassignShiftUseCase {

    void unassign(Requester who, ShiftAssignmentId id);
}
