package com.vecton.crm.domain.shift;

import com.vecton.crm.domain.lifecycle.RecordId;

/** The id of a Shift row in this tenant's database. */
public record ShiftId(long value) implements RecordId {
    public ShiftId {
        if (value < 1) {
            throw new IllegalArgumentException("ids are positive");
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
