package com.vecton.crm.domain.portal;

import com.vecton.crm.domain.lifecycle.RecordId;

/** The id of a customer portal account in this tenant's database. */
public record PortalAccountId(long value) implements RecordId {
    public PortalAccountId {
        if (value < 1) {
            throw new IllegalArgumentException("ids are positive");
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
