package com.vecton.crm.application.port.in.leave;

import com.vecton.crm.domain.access.Requester;
import com.vecton.crm.domain.calendar.WorkingDays;
import com.vecton.crm.domain.leave.LeaveRequest;
import java.time.LocalDate;
import java.util.List;

/** Who is away on which day: the pending and approved requests touching a range of days. */
public interface LeaveCalendarUseCase {

    Away away(Requester who, LocalDate from, LocalDate to);

    /** The requests, and the working days to tell which of their days count. */
    record Away(List<LeaveRequest> requests, WorkingDays workingDays) {}
}
