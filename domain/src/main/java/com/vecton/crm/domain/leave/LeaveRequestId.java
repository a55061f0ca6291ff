package com.vecton.crm.domain.leave;

import com.vecton.crm.domain.lifecycle.RecordId;

/** The id of a LeaveRequest row in this tenant's database. */
public record LeaveRequestId(long value) implements RecordId {
    public LeaveRequestId {
        if (value < 1) {
            throw new IllegalArgumentException("ids are positive");
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
