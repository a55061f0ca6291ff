package com.vecton.crm.application.port.in.leave;

import com.vecton.crm.domain.access.UserId;
import com.vecton.crm.domain.edit.Text;
import com.vecton.crm.domain.leave.LeavePeriod;
import com.vecton.crm.domain.leave.LeaveRequest;
import com.vecton.crm.domain.leave.LeaveTypeId;
import com.vecton.crm.domain.problem.FieldErrors;

/** What a client submits: whose leave (absent: the caller's), of which type, when, and why. */
public record LeaveRequestDraft(UserId user, LeaveTypeId type, LeavePeriod period, String reason) {
    public LeaveRequestDraft {
        reason = Text.clean(reason);
        var errors = new FieldErrors();
        if (type == null) {
            errors.add("leave_type_id", "is required");
        }
        if (period == null) {
            errors.add("start_date", "is required");
        }
        errors.maxLength("reason", reason, LeaveRequest.MAX_REASON);
        errors.throwIfAny();
    }
}
