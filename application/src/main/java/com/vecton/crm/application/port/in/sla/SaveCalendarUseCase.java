package com.vecton.crm.application.port.in.sla;

import com.vecton.crm.domain.access.Requester;
import com.vecton.crm.domain.calendar.CalendarSpec;

/** Creates a business-hours calendar, or replaces one (id given); names are unique ignoring case. */
public interface SaveCalendarUseCase {

    CalendarSpec saveCalendar(Requester who, Long id, CalendarSpec.Details details);
}
