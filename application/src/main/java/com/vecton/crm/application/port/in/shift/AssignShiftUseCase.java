package com.vecton.crm.application.port.in.shift;

import com.vecton.crm.domain.access.Requester;
import com.vecton.crm.domain.access.UserId;
import com.vecton.crm.domain.shift.ShiftAssignment;
import com.vecton.crm.domain.shift.ShiftId;
import java.time.LocalDate;

/** Puts a user on a shift on a date ({@code 422 shift_overlap}, {@code user_on_leave}). */
public interface AssignShiftUseCase {

    ShiftAssignment assign(Requester who, UserId user, ShiftId shift, LocalDate date);
}
