package com.vecton.crm.application.port.in.leave;

import com.vecton.crm.domain.edit.Text;
import com.vecton.crm.domain.leave.LeaveRequest;
import com.vecton.crm.domain.problem.FieldErrors;

/**
 * What a client decides on a leave request, with its note; an approval may take the requester
 * off the shifts the leave covers ({@code ?unassign_shifts=true}) instead of being refused.
 */
public record LeaveDecision(Verb verb, String note, boolean unassignShifts) {
    public LeaveDecision {
        note = Text.clean(note);
        new FieldErrors().maxLength("note", note, LeaveRequest.MAX_REVIEW_NOTE).throwIfAny();
    }

    /** The three routes. */
    public enum Verb {
        APPROVE,
        REJECT,
        CANCEL
    }
}
