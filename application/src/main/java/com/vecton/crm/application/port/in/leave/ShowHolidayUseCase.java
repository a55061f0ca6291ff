package com.vecton.crm.application.port.in.leave;

import com.vecton.crm.domain.access.Requester;
import com.vecton.crm.domain.leave.Holiday;
import com.vecton.crm.domain.leave.HolidayId;

/** One holiday, as its create's {@code Location} names it; unknown is {@code 404}. */
public interface ShowHolidayUseCase {

    Holiday show(Requester who, HolidayId id);
}
