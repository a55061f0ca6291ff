package com.vecton.crm.application.port.in.shift;

import com.vecton.crm.domain.access.Requester;
import com.vecton.crm.domain.shift.Shift;
import com.vecton.crm.domain.shift.ShiftId;

/** Replaces a shift template's fields; assignments already made keep their periods. */
public interface ReplaceShiftUseCase {

    Shift replace(Requester who, ShiftId id, Shift.Details details);
}
