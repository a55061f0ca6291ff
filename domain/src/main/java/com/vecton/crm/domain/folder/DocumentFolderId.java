package com.vecton.crm.domain.folder;

import com.vecton.crm.domain.lifecycle.RecordId;

/** The id of a document folder in this tenant's database. */
public record DocumentFolderId(long value) implements RecordId {
    public DocumentFolderId {
        if (value < 1) {
            throw new IllegalArgumentException("ids are positive");
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
