package com.vecton.crm.application.port.in.pipeline;

import com.vecton.crm.domain.access.Requester;
import com.vecton.crm.domain.pipeline.Pipeline;
import com.vecton.crm.domain.pipeline.PipelineId;
import com.vecton.crm.domain.pipeline.StageEdit;
import com.vecton.crm.domain.pipeline.StageId;

/** Change some of a stage's fields; a stage of another pipeline is not found. */
public interface EditStageUseCase {

    Pipeline edit(Requester who, PipelineId pipeline, StageId stage, StageEdit edit);
}
