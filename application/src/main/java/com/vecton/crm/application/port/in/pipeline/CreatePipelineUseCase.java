package com.vecton.crm.application.port.in.pipeline;

import com.vecton.crm.domain.audit.Actor;
import com.vecton.crm.domain.pipeline.Pipeline;
import com.vecton.crm.domain.pipeline.PipelineDetails;
import com.vecton.crm.domain.pipeline.StageDetails;
import java.util.List;

/** Add a pipeline with its stages, in their order; the first pipeline, or one asked to be, becomes the default. */
public interface CreatePipelineUseCase {

    Pipeline create(Actor actor, PipelineDetails details, List<StageDetails> stages);
}
