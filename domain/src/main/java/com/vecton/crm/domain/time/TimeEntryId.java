package com.vecton.crm.domain.time;

import com.vecton.crm.domain.lifecycle.RecordId;

/** The id of a time entry in this tenant's database. */
public record TimeEntryId(long value) implements RecordId {
    public TimeEntryId {
        if (value < 1) {
            throw new IllegalArgumentException("ids are positive");
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
