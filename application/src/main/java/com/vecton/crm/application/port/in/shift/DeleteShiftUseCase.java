package com.vecton.crm.application.port.in.shift;

import com.vecton.crm.domain.access.Requester;
import com.vecton.crm.domain.shift.ShiftId;

/** Deletes a shift template for good; one that assignments name is {@code 422 shift_in_use}. */
public interface DeleteShiftUseCase {

    void delete(Requester who, ShiftId id);
}
