package com.vecton.crm.application.service.deal;

import com.vecton.crm.application.port.in.deal.ListStageHistoryUseCase;
import com.vecton.crm.domain.access.Requester;
import com.vecton.crm.domain.deal.DealId;
import com.vecton.crm.domain.deal.StageStay;
import java.util.List;

/** A live deal's stage history, once the requester may open the deal, with the time spent in each stage as of now. */
public final class ListStageHistoryService implements ListStageHistoryUseCase {
    private final DealServices s;

    public ListStageHistoryService(DealServices services) {
        this.s = services;
    }

    @Override
    public List<StageStay> history(Requester who, DealId id) {
        var type = s.type();
        var deal = type.findLive(id);
        type.admit(who, deal);
        return StageStay.of(
                s.deals().stageHistory(id), deal.status(), s.kit().clock().now());
    }
}
