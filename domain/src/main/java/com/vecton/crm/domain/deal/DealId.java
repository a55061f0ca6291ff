package com.vecton.crm.domain.deal;

import com.vecton.crm.domain.lifecycle.RecordId;

/** The id of a deal in this tenant's database. */
public record DealId(long value) implements RecordId {
    public DealId {
        if (value < 1) {
            throw new IllegalArgumentException("ids are positive");
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
