package com.vecton.crm.domain.task;

import com.vecton.crm.domain.lifecycle.RecordId;

/** The id of a task in this tenant's database. */
public record TaskId(long value) implements RecordId {
    public TaskId {
        if (value < 1) {
            throw new IllegalArgumentException("ids are positive");
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
