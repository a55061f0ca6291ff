package com.vecton.crm.application.port.in.deal;

import com.vecton.crm.domain.access.Requester;
import com.vecton.crm.domain.deal.Deal;
import com.vecton.crm.domain.deal.DealId;
import com.vecton.crm.domain.pipeline.StageId;

/**
 * Put a deal at an index of a stage of its pipeline (drag and drop on the board). The index counts
 * the other deals of the target stage and is clamped into it: past the end means the end.
 */
public interface MoveDealUseCase {

    /**
     * @param lostReason why the deal was lost, required when {@code stage} is a lost stage (else ignored)
     * @throws com.vecton.crm.domain.problem.ValidationFailed on {@code stage_id} when it is no live
     *         stage of the deal's pipeline, on {@code lost_reason} when it is required and missing
     */
    Deal move(Requester who, DealId id, StageId stage, int position, String lostReason);
}
