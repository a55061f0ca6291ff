package com.vecton.crm.application.service.leave;

import com.vecton.crm.application.port.in.leave.AddHolidayUseCase;
import com.vecton.crm.application.port.in.leave.ListHolidaysUseCase;
import com.vecton.crm.application.port.in.leave.RemoveHolidayUseCase;
import com.vecton.crm.application.port.in.leave.ShowHolidayUseCase;
import com.vecton.crm.application.port.out.Holidays;
import com.vecton.crm.application.service.lifecycle.DeleteForGood;
import com.vecton.crm.application.service.lifecycle.UseCaseKit;
import com.vecton.crm.domain.access.Requester;
import com.vecton.crm.domain.audit.AuditEvent;
import com.vecton.crm.domain.audit.Changes;
import com.vecton.crm.domain.leave.Holiday;
import com.vecton.crm.domain.leave.HolidayId;
import com.vecton.crm.domain.problem.NotFound;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Lists, shows, adds and removes the tenant's holidays, each change with its audit row. */
public final class HolidayService
        implements ListHolidaysUseCase, ShowHolidayUseCase, AddHolidayUseCase, RemoveHolidayUseCase {
    static final String SUBJECT = "holiday";

    private final Holidays holidays;
    private final UseCaseKit kit;

    public HolidayService(Holidays holidays, UseCaseKit kit) {
        this.holidays = holidays;
        this.kit = kit;
    }

    @Override
    public List<Holiday> list(Requester who, LocalDate from, LocalDate to) {
        return holidays.between(from, to);
    }

    @Override
    public Holiday show(Requester who, HolidayId id) {
        return holidays.find(id).orElseThrow(() -> new NotFound(SUBJECT, id));
    }

    @Override
    public Holiday add(Requester who, Holiday.Details details) {
        return kit.transactions().inTransaction(() -> {
            var at = kit.clock().now();
            var added = holidays.add(details, who.userId(), at);
            kit.audit()
                    .record(who.actor(), SUBJECT, added.id(), AuditEvent.CREATED, Changes.created(fields(added)), at);
            return added;
        });
    }

    @Override
    public void remove(Requester who, HolidayId id) {
        DeleteForGood.delete(kit, who, SUBJECT, id, holidays::remove, HolidayService::fields);
    }

    private static Map<String, Object> fields(Holiday holiday) {
        return Map.of("date", holiday.date().toString(), "name", holiday.name());
    }
}
