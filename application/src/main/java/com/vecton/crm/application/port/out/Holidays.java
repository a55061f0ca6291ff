package com.vecton.crm.application.port.out;

import com.vecton.crm.domain.access.UserId;
import com.vecton.crm.domain.calendar.WorkingDays;
import com.vecton.crm.domain.leave.Holiday;
import com.vecton.crm.domain.leave.HolidayId;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/** The tenant's holidays and working week, as leave and business-hours calendars need them. */
public interface Holidays {

    /** Holidays from {@code from} to {@code to}, both inclusive and each optional, by date. */
    List<Holiday> between(LocalDate from, LocalDate to);

    /** @throws com.vecton.crm.domain.problem.RuleViolated {@code holiday_date_taken} */
    Holiday add(Holiday.Details details, UserId createdBy, Instant at);

    /** The holiday of this id, if there is one. */
    Optional<Holiday> find(HolidayId id);

    /** Removes it for good; empty when there was none. */
    Optional<Holiday> remove(HolidayId id);

    /** The working weekdays and every holiday (a calendar's closed days). */
    WorkingDays workingDays();

    /** The tenant's time zone (shifts, "today"). */
    ZoneId timezone();
}
