package com.vecton.crm.application.port.in.pipeline;

import com.vecton.crm.domain.access.Requester;
import com.vecton.crm.domain.pipeline.Pipeline;
import com.vecton.crm.domain.pipeline.PipelineId;
import com.vecton.crm.domain.pipeline.StageId;
import java.util.List;

/** Put a pipeline's stages in a new order, naming every one of them. */
public interface ReorderStagesUseCase {

    Pipeline reorder(Requester who, PipelineId pipeline, List<StageId> order);
}
