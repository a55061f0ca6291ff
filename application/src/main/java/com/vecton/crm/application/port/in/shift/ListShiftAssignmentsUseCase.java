package com.vecton.crm.application.port.in.shift;

import com.vecton.crm.domain.access.Requester;
import com.vecton.crm.domain.access.UserId;
import com.vecton.crm.domain.shift.ShiftAssignment;
import java.time.LocalDate;
import java.util.List;

/** Assignments on a range of dates (at most 366 days), optionally of one user. */
public interface ListShiftAssignmentsUseCase {

    List<ShiftAssignment> list(Requester who, LocalDate from, LocalDate to, UserId user);
}
