package com.vecton.crm.domain.media;

import com.vecton.crm.domain.lifecycle.RecordId;

/** The id of a media item in this tenant's database. */
public record MediaId(long value) implements RecordId {
    public MediaId {
        if (value < 1) {
            throw new IllegalArgumentException("ids are positive");
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
