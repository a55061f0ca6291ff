package com.vecton.crm.domain.leave;

import com.vecton.crm.domain.lifecycle.RecordId;

/** The id of a LeaveType row in this tenant's database. */
public record LeaveTypeId(long value) implements RecordId {
    public LeaveTypeId {
        if (value < 1) {
            throw new IllegalArgumentException("ids are positive");
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
