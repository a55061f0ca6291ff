package com.vecton.crm.application.port.in.shift;

import com.vecton.crm.domain.access.Requester;
import com.vecton.crm.domain.shift.Shift;

/** Adds a shift template; names are unique ignoring case ({@code 422 shift_name_taken}). */
public interface CreateShiftUseCase {

    Shift create(Requester who, Shift.Details details);
}
