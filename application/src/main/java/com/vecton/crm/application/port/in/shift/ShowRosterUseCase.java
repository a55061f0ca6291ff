package com.vecton.crm.application.port.in.shift;

import com.vecton.crm.domain.access.Requester;
import com.vecton.crm.domain.calendar.WorkingDays;
import com.vecton.crm.domain.leave.LeaveRequest;
import com.vecton.crm.domain.shift.Shift;
import com.vecton.crm.domain.shift.ShiftAssignment;
import java.time.LocalDate;
import java.util.List;

/** The roster of a range of dates (at most 366 days): everybody's shifts and leave together. */
public interface ShowRosterUseCase {

    Roster roster(Requester who, LocalDate from, LocalDate to);

    /** The assignments, the shifts they name, the pending and approved leave, and the working days. */
    record Roster(
            LocalDate from,
            LocalDate to,
            List<ShiftAssignment> assignments,
            List<Shift> shifts,
            List<LeaveRequest> leave,
            WorkingDays workingDays) {}
}
