package com.vecton.crm.application.service.leave;

import com.vecton.crm.application.port.in.leave.CreateLeaveTypeUseCase;
import com.vecton.crm.application.port.in.leave.ListLeaveTypesUseCase;
import com.vecton.crm.application.port.in.leave.ReplaceLeaveTypeUseCase;
import com.vecton.crm.application.port.out.LeaveTypes;
import com.vecton.crm.application.service.lifecycle.ConfigurationRecords;
import com.vecton.crm.application.service.lifecycle.UseCaseKit;
import com.vecton.crm.domain.access.Requester;
import com.vecton.crm.domain.leave.LeaveType;
import com.vecton.crm.domain.leave.LeaveTypeId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Lists, creates and replaces leave types, each change with its audit row. */
public final class LeaveTypeService implements ListLeaveTypesUseCase, CreateLeaveTypeUseCase, ReplaceLeaveTypeUseCase {
    static final String SUBJECT = "leave_type";

    private final ConfigurationRecords<LeaveTypeId, LeaveType, LeaveType.Details> types;

    public LeaveTypeService(LeaveTypes types, UseCaseKit kit) {
        this.types = new ConfigurationRecords<>(
                SUBJECT, types, LeaveType::id, LeaveType::details, LeaveTypeService::fields, kit);
    }

    @Override
    public List<LeaveType> list(Requester who) {
        return types.list();
    }

    @Override
    public LeaveType create(Requester who, LeaveType.Details details) {
        return types.create(who, details);
    }

    @Override
    public LeaveType replace(Requester who, LeaveTypeId id, LeaveType.Details details) {
        return types.replace(who, id, details);
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
