package com.vecton.crm.application.port.in.deal;

import com.vecton.crm.domain.access.Requester;
import com.vecton.crm.domain.deal.DealId;
import com.vecton.crm.domain.deal.StageStay;
import java.util.List;

/** The stages a live deal went through, oldest first, with the time it spent in each. */
public interface ListStageHistoryUseCase {

    /**
     * @throws com.vecton.crm.domain.problem.NotFound  when the deal is unknown or deleted
     * @throws com.vecton.crm.domain.problem.Forbidden when the requester may not open the deal
     */
    List<StageStay> history(Requester who, DealId deal);
}
