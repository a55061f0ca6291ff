package com.vecton.crm.application.port.in.pipeline;

import com.vecton.crm.domain.access.Requester;
import com.vecton.crm.domain.pipeline.PipelineId;
import com.vecton.crm.domain.pipeline.StageId;

/** Take a stage out of a pipeline; the pipeline keeps at least one stage of each kind. */
public interface RemoveStageUseCase {

    void remove(Requester who, PipelineId pipeline, StageId stage);
}
