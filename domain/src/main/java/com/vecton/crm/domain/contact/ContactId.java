package com.vecton.crm.domain.contact;

import com.vecton.crm.domain.lifecycle.RecordId;

/** The id of a contact in this tenant's database. */
public record ContactId(long value) implements RecordId {
    public ContactId {
        if (value < 1) {
            throw new IllegalArgumentException("ids are positive");
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
