package com.vecton.crm.adapter.in.rest.deal;

import com.vecton.crm.application.port.in.deal.CreateDealUseCase;
import com.vecton.crm.application.port.in.deal.EditDealUseCase;
import com.vecton.crm.application.port.in.deal.ForecastDealsUseCase;
import com.vecton.crm.application.port.in.deal.ListStageHistoryUseCase;
import com.vecton.crm.application.port.in.deal.MoveDealUseCase;
import com.vecton.crm.application.port.in.deal.ShowDealBoardUseCase;
import com.vecton.crm.application.port.in.lifecycle.DeleteRecordUseCase;
import com.vecton.crm.application.port.in.lifecycle.ListChangesUseCase;
import com.vecton.crm.application.port.in.lifecycle.ListRecordsUseCase;
import com.vecton.crm.application.port.in.lifecycle.RestoreRecordUseCase;
import com.vecton.crm.application.port.in.lifecycle.ShowRecordUseCase;
import com.vecton.crm.domain.deal.Deal;
import com.vecton.crm.domain.deal.DealId;
import com.vecton.crm.domain.deal.DealQuery;
import java.util.Objects;
import java.util.stream.Stream;

/** The in-ports the deals routes drive, as one part of {@code RestUseCases}. */
public record DealUseCases(
        CreateDealUseCase create,
        EditDealUseCase edit,
        MoveDealUseCase move,
        DeleteRecordUseCase<DealId> delete,
        RestoreRecordUseCase<DealId, Deal> restore,
        ShowRecordUseCase<DealId, Deal> show,
        ListRecordsUseCase<DealQuery, Deal> list,
        ListChangesUseCase<Deal> changes,
        ListStageHistoryUseCase stageHistory,
        ShowDealBoardUseCase board,
        ForecastDealsUseCase forecast) {
    public DealUseCases {
        if (Stream.of(create, edit, move, delete, restore, show, list, changes, stageHistory, board, forecast)
                .anyMatch(Objects::isNull)) {
            throw new IllegalArgumentException("every deal use case of the HTTP API is wired");
        }
    }

    /** The deals routes. */
    public DealResource resource() {
        return new DealResource(this);
    }

    /** A pipeline's board of deals. */
    public PipelineBoardResource boardResource() {
        return new PipelineBoardResource(this);
    }

    /** A pipeline's forecast. */
    public PipelineForecastResource forecastResource() {
        return new PipelineForecastResource(this);
    }
}
