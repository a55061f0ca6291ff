package com.vecton.crm.application.service.pipeline;

import com.vecton.crm.domain.access.Requester;
import com.vecton.crm.domain.pipeline.Pipeline;
import com.vecton.crm.domain.pipeline.Stage;
import com.vecton.crm.domain.pipeline.StageId;
import java.time.Instant;
import java.util.Optional;

/**
 * What holds a pipeline's stages (its deals), as the stage changes see it: each runs under the
 * pipeline's row lock, inside the transaction of the stage change, before the pipeline is saved.
 */
public interface StageOccupants {

    /**
     * Empties {@code removed}, which {@code after} (the pipeline without it) no longer has: its live
     * deals go to {@code moveTo}, a stage of the same pipeline, each with its stage history row, or
     * the removal is refused ({@code 422 stage_in_use}) when none is named and it holds live ones.
     */
    void leave(Requester who, Pipeline after, Stage removed, Optional<StageId> moveTo, Instant now);

    /** Refuses ({@code 422 stage_in_use}) while the stage holds live deals (whose status is its kind). */
    void requireNoLiveDeals(Stage stage, String change);
}
