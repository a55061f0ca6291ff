package com.vecton.crm.domain.company;

import com.vecton.crm.domain.lifecycle.RecordId;

/** The id of a company in this tenant's database. */
public record CompanyId(long value) implements RecordId {
    public CompanyId {
        if (value < 1) {
            throw new IllegalArgumentException("ids are positive");
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
