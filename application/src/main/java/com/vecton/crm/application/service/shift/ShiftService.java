package com.vecton.crm.application.service.shift;

import com.vecton.crm.application.port.in.shift.CreateShiftUseCase;
import com.vecton.crm.application.port.in.shift.DeleteShiftUseCase;
import com.vecton.crm.application.port.in.shift.ListShiftsUseCase;
import com.vecton.crm.application.port.in.shift.ReplaceShiftUseCase;
import com.vecton.crm.application.port.out.Shifts;
import com.vecton.crm.application.service.lifecycle.UseCaseKit;
import com.vecton.crm.domain.access.Requester;
import com.vecton.crm.domain.audit.AuditEvent;
import com.vecton.crm.domain.audit.Changes;
import com.vecton.crm.domain.audit.FieldChange;
import com.vecton.crm.domain.problem.NotFound;
import com.vecton.crm.domain.shift.Shift;
import com.vecton.crm.domain.shift.ShiftId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Lists, creates, replaces and deletes shift templates, each change with its audit row. */
public final class ShiftService
        implements ListShiftsUseCase, CreateShiftUseCase, ReplaceShiftUseCase, DeleteShiftUseCase {
    static final String SUBJECT = "shift";

    private final Shifts shifts;
    private final UseCaseKit kit;

    public ShiftService(Shifts shifts, UseCaseKit kit) {
        this.shifts = shifts;
        this.kit = kit;
    }

    @Override
    public List<Shift> list(Requester who) {
        return shifts.all();
    }

    @Override
    public Shift create(Requester who, Shift.Details details) {
        return kit.transactions().inTransaction(() -> {
            var at = kit.clock().now();
            var created = shifts.add(details, who.userId(), at);
            kit.audit()
                    .record(
                            who.actor(),
                            SUBJECT,
                            created.id(),
                            AuditEvent.CREATED,
                            Changes.created(fields(details)),
                            at);
            return created;
        });
    }

    @Override
    public Shift replace(Requester who, ShiftId id, Shift.Details details) {
        return kit.transactions().inTransaction(() -> {
            var before = shifts.find(id).orElseThrow(() -> new NotFound(SUBJECT, id));
            var at = kit.clock().now();
            var after = shifts.replace(id, details, at).orElseThrow(() -> new NotFound(SUBJECT, id));
            var changes = Changes.between(fields(before.details()), fields(details));
            if (!changes.isEmpty()) {
                kit.audit().record(who.actor(), SUBJECT, id, AuditEvent.UPDATED, changes, at);
            }
            return after;
        });
    }

    @Override
    public void delete(Requester who, ShiftId id) {
        kit.transactions().inTransaction(() -> {
            var removed = shifts.remove(id).orElseThrow(() -> new NotFound(SUBJECT, id));
            var changes = new LinkedHashMap<String, FieldChange>();
            fields(removed.details()).forEach((field, value) -> changes.put(field, new FieldChange(value, null)));
            kit.audit()
                    .record(
                            who.actor(),
                            SUBJECT,
                            id,
                            AuditEvent.DELETED,
                            new Changes(changes),
                            kit.clock().now());
        });
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
