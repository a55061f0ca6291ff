package com.vecton.crm.domain.time;

/** The id of a time entry in this tenant's database. */
public record TimeEntryId(long value) {
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
