package com.vecton.crm.application.port.in.pipeline;

import com.vecton.crm.domain.access.Requester;
import com.vecton.crm.domain.pipeline.Pipeline;
import com.vecton.crm.domain.pipeline.PipelineEdit;
import com.vecton.crm.domain.pipeline.PipelineId;

/** Change some or all of a pipeline's own fields; made the default, it takes the flag from the old default. */
public interface EditPipelineUseCase {

    Pipeline edit(Requester who, PipelineId id, PipelineEdit edit);
}
