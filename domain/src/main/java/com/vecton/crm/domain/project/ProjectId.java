package com.vecton.crm.domain.project;

import com.vecton.crm.domain.lifecycle.RecordId;

/** The id of a project in this tenant's database. */
public record ProjectId(long value) implements RecordId {
    public ProjectId {
        if (value < 1) {
            throw new IllegalArgumentException("ids are positive");
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
