package com.vecton.crm.application.port.in.shift;

import com.vecton.crm.domain.access.Requester;
import com.vecton.crm.domain.access.UserId;
import com.vecton.crm.domain.shift.Recurrence;
import com.vecton.crm.domain.shift.ShiftAssignment;
import com.vecton.crm.domain.shift.ShiftId;
import java.util.List;

/** Puts a user on a shift on every date of a recurrence, all in one transaction or none ({@code 422 shift_conflicts} naming each conflicting date). */
public interface AssignRecurringShiftUseCase {

    List<ShiftAssignment> assign(Requester who, UserId user, ShiftId shift, Recurrence recurrence);
}
