package com.vecton.crm.domain.leave;

import com.vecton.crm.domain.lifecycle.RecordId;

/** The id of a Holiday row in this tenant's database. */
public record HolidayId(long value) implements RecordId {
    public HolidayId {
        if (value < 1) {
            throw new IllegalArgumentException("ids are positive");
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
