package com.vecton.crm.domain.label;

/** The id of a task label in this tenant's database. */
public record TaskLabelId(long value) {
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
