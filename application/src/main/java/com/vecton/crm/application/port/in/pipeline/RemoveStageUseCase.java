package com.vecton.crm.application.port.in.pipeline;

import com.vecton.crm.domain.access.Requester;
import com.vecton.crm.domain.pipeline.PipelineId;
import com.vecton.crm.domain.pipeline.StageId;
import java.util.Optional;

/**
 * Take a stage out of a pipeline; the pipeline keeps at least one stage of each kind. A stage that
 * holds live deals goes only with a stage of the same pipeline named to move them to.
 */
public interface RemoveStageUseCase {

    /**
     * @param moveTo where the stage's deals go, in the same transaction
     * @throws com.vecton.crm.domain.problem.RuleViolated {@code stage_in_use} when the stage holds live
     *         deals and {@code moveTo} is empty
     */
    void remove(Requester who, PipelineId pipeline, StageId stage, Optional<StageId> moveTo);
}
