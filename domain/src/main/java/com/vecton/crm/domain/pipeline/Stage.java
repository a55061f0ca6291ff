package com.vecton.crm.domain.pipeline;

/** One step of a pipeline that deals go through; where it stands is its index in {@link PipelineStages}. */
public record Stage(StageId id, StageDetails details) {
    public Stage {
        if (id == null || details == null) {
            throw new IllegalArgumentException("a stage has an id and details");
        }
    }

    public Stage edited(StageEdit edit) {
        return new Stage(id, edit.applyTo(details));
    }
}
