package com.vecton.crm.application.service.deal;

import com.vecton.crm.application.port.in.deal.ShowDealBoardUseCase;
import com.vecton.crm.domain.access.AccessDecision;
import com.vecton.crm.domain.access.Requester;
import com.vecton.crm.domain.deal.DealBoard;
import com.vecton.crm.domain.pipeline.PipelineId;
import com.vecton.crm.domain.problem.Forbidden;
import com.vecton.crm.domain.problem.NotFound;

/**
 * Reads the board of a live pipeline, whose every deal the requester may see; an unknown or deleted
 * pipeline is a 404, not an empty board. The board shows whole stages with their totals, so it
 * needs every deal of the pipeline visible, as a project's board needs every task; a requester who
 * may see only some of them lists those with {@code GET /api/deals?pipeline_id=}.
 */
public final class ShowDealBoardService implements ShowDealBoardUseCase {
    static final String WHOLE_PIPELINE_REFUSED = "The board and the forecast count every deal of the pipeline, and some"
            + " are not visible to you; GET /api/deals?pipeline_id={id} lists those you may see.";

    private final DealServices s;

    public ShowDealBoardService(DealServices services) {
        this.s = services;
    }

    @Override
    public DealBoard show(Requester who, PipelineId pipeline) {
        requireWholePipelineVisible(s, who, pipeline);
        var found = s.pipelines().findById(pipeline).orElseThrow(() -> new NotFound("pipeline", pipeline));
        return DealBoard.of(found, s.deals().onBoard(pipeline));
    }

    static void requireWholePipelineVisible(DealServices s, Requester who, PipelineId pipeline) {
        if (!s.visibleInPipeline(who, pipeline).isEverything()) {
            throw new Forbidden(AccessDecision.PERMISSION_DENIED.errorCode(), WHOLE_PIPELINE_REFUSED);
        }
    }
}
