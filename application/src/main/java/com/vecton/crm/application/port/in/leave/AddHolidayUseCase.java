package com.vecton.crm.application.port.in.leave;

import com.vecton.crm.domain.access.Requester;
import com.vecton.crm.domain.leave.Holiday;

/** Adds a holiday ({@code leaves.manage}); a second one on a date is {@code 422 holiday_date_taken}. */
public interface AddHolidayUseCase {

    Holiday add(Requester who, Holiday.Details details);
}
