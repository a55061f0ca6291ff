package com.vecton.crm.application.port.in.deal;

import com.vecton.crm.domain.access.Requester;
import com.vecton.crm.domain.deal.Forecast;
import com.vecton.crm.domain.deal.ForecastQuery;
import com.vecton.crm.domain.pipeline.PipelineId;

/** What a pipeline's open deals are worth and what it won, per month, owner or stage, now or as of a past day. */
public interface ForecastDealsUseCase {

    /**
     * @throws com.vecton.crm.domain.problem.NotFound  when the pipeline is unknown or deleted
     * @throws com.vecton.crm.domain.problem.Forbidden unless every deal of the pipeline is visible to the requester
     */
    Forecast forecast(Requester who, PipelineId pipeline, ForecastQuery query);
}
