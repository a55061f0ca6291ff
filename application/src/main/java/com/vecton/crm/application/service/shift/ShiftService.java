package com.vecton.crm.application.service.shift;

import com.vecton.crm.application.port.in.shift.CreateShiftUseCase;
import com.vecton.crm.application.port.in.shift.DeleteShiftUseCase;
import com.vecton.crm.application.port.in.shift.ListShiftsUseCase;
import com.vecton.crm.application.port.in.shift.ReplaceShiftUseCase;
import com.vecton.crm.application.port.out.Shifts;
import com.vecton.crm.application.service.lifecycle.ConfigurationRecords;
import com.vecton.crm.application.service.lifecycle.UseCaseKit;
import com.vecton.crm.domain.access.Requester;
import com.vecton.crm.domain.shift.Shift;
import com.vecton.crm.domain.shift.ShiftId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Lists, creates, replaces and deletes shift templates, each change with its audit row. */
public final class ShiftService
        implements ListShiftsUseCase, CreateShiftUseCase, ReplaceShiftUseCase, DeleteShiftUseCase {
    static final String SUBJECT = "shift";

    private final Shifts store;
    private final ConfigurationRecords<ShiftId, Shift, Shift.Details> shifts;

    public ShiftService(Shifts shifts, UseCaseKit kit) {
        this.store = shifts;
        this.shifts = new ConfigurationRecords<>(SUBJECT, shifts, Shift::id, Shift::details, ShiftService::fields, kit);
    }

    @Override
    public List<Shift> list(Requester who) {
        return shifts.list();
    }

    @Override
    public Shift create(Requester who, Shift.Details details) {
        return shifts.create(who, details);
    }

    @Override
    public Shift replace(Requester who, ShiftId id, Shift.Details details) {
        return shifts.replace(who, id, details);
    }

    @Override
    public void delete(Requester who, ShiftId id) {
        shifts.delete(who, id, store::remove);
    }

    static Map<String, Object> fields(Shift.Details d) {
        var fields = new LinkedHashMap<String, Object>();
        fields.put("name", d.name());
        fields.put("start_time", d.start().toString());
        fields.put("end_time", d.end().toString());
        fields.put("break_minutes", d.breakMinutes());
        fields.put("color", d.color());
        return fields;
    }
}
