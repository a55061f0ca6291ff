package com.vecton.crm.application.port.in.sla;

import com.vecton.crm.domain.access.Requester;
import com.vecton.crm.domain.calendar.CalendarSpec;
import java.util.List;

/** Every business-hours calendar, by name. */
public interface ListCalendarsUseCase {

    List<CalendarSpec> calendars(Requester who);
}
