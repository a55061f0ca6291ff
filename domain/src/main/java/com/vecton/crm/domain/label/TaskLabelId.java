package com.vecton.crm.domain.label;

import com.vecton.crm.domain.lifecycle.RecordId;

/** The id of a task label in this tenant's database. */
public record TaskLabelId(long value) implements RecordId {
    public TaskLabelId {
        if (value < 1) {
            throw new IllegalArgumentException("ids are positive");
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
