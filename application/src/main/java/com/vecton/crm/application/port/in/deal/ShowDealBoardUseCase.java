package com.vecton.crm.application.port.in.deal;

import com.vecton.crm.domain.access.Requester;
import com.vecton.crm.domain.deal.DealBoard;
import com.vecton.crm.domain.pipeline.PipelineId;

/** Look at a pipeline's board: every stage in order with its deals and their totals. */
public interface ShowDealBoardUseCase {

    /**
     * @throws com.vecton.crm.domain.problem.NotFound  when the pipeline is unknown or deleted
     * @throws com.vecton.crm.domain.problem.Forbidden unless every deal of the pipeline is visible to the requester
     */
    DealBoard show(Requester who, PipelineId pipeline);
}
