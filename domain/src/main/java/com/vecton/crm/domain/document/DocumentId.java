package com.vecton.crm.domain.document;

import com.vecton.crm.domain.lifecycle.RecordId;

/** The id of a document in this tenant's database. */
public record DocumentId(long value) implements RecordId {
    public DocumentId {
        if (value < 1) {
            throw new IllegalArgumentException("ids are positive");
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
