package com.vecton.crm.domain.communication;

import com.vecton.crm.domain.lifecycle.RecordId;

/** The id of a communication log entry in this tenant's database. */
public record CommunicationLogId(long value) implements RecordId {
    public CommunicationLogId {
        if (value < 1) {
            throw new IllegalArgumentException("ids are positive");
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
