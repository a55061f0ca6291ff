package com.vecton.crm.application.port.in.pipeline;

import com.vecton.crm.domain.access.Requester;
import com.vecton.crm.domain.pipeline.Pipeline;
import com.vecton.crm.domain.pipeline.PipelineId;
import com.vecton.crm.domain.pipeline.StageDetails;

/** Add a stage to a pipeline, last or at an index ({@code null}: last; clamped into the list). */
public interface AddStageUseCase {

    Pipeline add(Requester who, PipelineId pipeline, StageDetails stage, Integer position);
}
