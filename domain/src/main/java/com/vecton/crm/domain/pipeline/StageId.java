package com.vecton.crm.domain.pipeline;

/** The id of a stage of a pipeline; ids are unique across all pipelines and never reused. */
public record StageId(long value) {
    public StageId {
        if (value < 1) {
            throw new IllegalArgumentException("ids are positive");
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
