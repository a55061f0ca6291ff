package com.vecton.crm.domain.pipeline;

import com.vecton.crm.domain.lifecycle.RecordId;

/** The id of a sales pipeline in this tenant's database. */
public record PipelineId(long value) implements RecordId {
    public PipelineId {
        if (value < 1) {
            throw new IllegalArgumentException("ids are positive");
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
