package com.vecton.crm.application.port.in.deal;

import com.vecton.crm.domain.access.Requester;
import com.vecton.crm.domain.deal.Deal;
import com.vecton.crm.domain.deal.DealDetails;

/** Add a deal to a pipeline's board: at the end of its stage (by default the pipeline's first open stage). */
public interface CreateDealUseCase {

    /**
     * @throws com.vecton.crm.domain.problem.ValidationFailed when a reference does not hold (a
     *         deleted company, a stage of another pipeline, an inactive owner)
     */
    Deal create(Requester who, DealDetails details);
}
