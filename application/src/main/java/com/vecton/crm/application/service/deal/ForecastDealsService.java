package com.vecton.crm.application.service.deal;

import com.vecton.crm.application.port.in.deal.ForecastDealsUseCase;
import com.vecton.crm.domain.access.Requester;
import com.vecton.crm.domain.deal.Forecast;
import com.vecton.crm.domain.deal.ForecastQuery;
import com.vecton.crm.domain.pipeline.PipelineId;
import com.vecton.crm.domain.problem.NotFound;

/**
 * The forecast of a live pipeline whose every deal the requester may see (it sums them all, as the
 * board does): the store sums, in SQL and per currency, the deals as they are or as their revisions
 * say they were at the end of the as-of day; {@link Forecast} arranges the sums.
 */
public final class ForecastDealsService implements ForecastDealsUseCase {
    private final DealServices s;

    public ForecastDealsService(DealServices services) {
        this.s = services;
    }

    @Override
    public Forecast forecast(Requester who, PipelineId pipeline, ForecastQuery query) {
        ShowDealBoardService.requireWholePipelineVisible(s, who, pipeline);
        if (s.pipelines().findById(pipeline).isEmpty()) {
            throw new NotFound("pipeline", pipeline);
        }
        return Forecast.of(pipeline, query, s.deals().forecast(pipeline, query));
    }
}
