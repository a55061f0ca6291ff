package com.vecton.crm.application.port.in.leave;

import com.vecton.crm.domain.access.Requester;
import com.vecton.crm.domain.leave.HolidayId;

/** Removes a holiday for good ({@code leaves.manage}); unknown is {@code 404}. */
public interface RemoveHolidayUseCase {

    void remove(Requester who, HolidayId id);
}
