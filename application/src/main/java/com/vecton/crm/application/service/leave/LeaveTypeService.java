package com.vecton.crm.application.service.leave;

import com.vecton.crm.application.port.in.leave.CreateLeaveTypeUseCase;
import com.vecton.crm.application.port.in.leave.ListLeaveTypesUseCase;
import com.vecton.crm.application.port.in.leave.ReplaceLeaveTypeUseCase;
import com.vecton.crm.application.port.out.LeaveTypes;
import com.vecton.crm.application.service.lifecycle.UseCaseKit;
import com.vecton.crm.domain.access.Requester;
import com.vecton.crm.domain.audit.AuditEvent;
import com.vecton.crm.domain.audit.Changes;
import com.vecton.crm.domain.leave.LeaveType;
import com.vecton.crm.domain.leave.LeaveTypeId;
import com.vecton.crm.domain.problem.NotFound;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Lists, creates and replaces leave types, each change with its audit row. */
public final class LeaveTypeService implements ListLeaveTypesUseCase, CreateLeaveTypeUseCase, ReplaceLeaveTypeUseCase {
    static final String SUBJECT = "leave_type";

    private final LeaveTypes types;
    private final UseCaseKit kit;

    public LeaveTypeService(LeaveTypes types, UseCaseKit kit) {
        this.types = types;
        this.kit = kit;
    }

    @Override
    public List<LeaveType> list(Requester who) {
        return types.all();
    }

    @Override
    public LeaveType create(Requester who, LeaveType.Details details) {
        return kit.transactions().inTransaction(() -> {
            var at = kit.clock().now();
            var created = types.add(details, who.userId(), at);
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
    public LeaveType replace(Requester who, LeaveTypeId id, LeaveType.Details details) {
        return kit.transactions().inTransaction(() -> {
            var before = types.find(id).orElseThrow(() -> new NotFound(SUBJECT, id));
            var at = kit.clock().now();
            var after = types.replace(id, details, at).orElseThrow(() -> new NotFound(SUBJECT, id));
            var changes = Changes.between(fields(before.details()), fields(details));
            if (!changes.fields().isEmpty()) {
                kit.audit().record(who.actor(), SUBJECT, id, AuditEvent.UPDATED, changes, at);
            }
            return after;
        });
    }

    static Map<String, Object> fields(LeaveType.Details d) {
        var fields = new HashMap<String, Object>();
        fields.put("name", d.name());
        fields.put(
                "yearly_allowance_days",
                d.yearlyAllowanceDays() == null ? null : d.yearlyAllowanceDays().toPlainString());
        fields.put("allow_negative", d.allowNegative());
        fields.put("requires_approval", d.requiresApproval());
        fields.put("half_days_allowed", d.halfDaysAllowed());
        return fields;
    }
}
