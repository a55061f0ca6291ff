package com.vecton.crm.application.port.in.leave;

import com.vecton.crm.domain.access.Requester;
import com.vecton.crm.domain.leave.Holiday;
import java.time.LocalDate;
import java.util.List;

/** The tenant's holidays between two dates (each optional, inclusive), by date. */
public interface ListHolidaysUseCase {

    List<Holiday> list(Requester who, LocalDate from, LocalDate to);
}
