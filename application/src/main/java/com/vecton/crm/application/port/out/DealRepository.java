package com.vecton.crm.application.port.out;

import com.vecton.crm.domain.access.Visibility;
import com.vecton.crm.domain.deal.Deal;
import com.vecton.crm.domain.deal.DealId;
import com.vecton.crm.domain.deal.DealQuery;
import com.vecton.crm.domain.deal.Forecast;
import com.vecton.crm.domain.deal.ForecastQuery;
import com.vecton.crm.domain.deal.StageChange;
import com.vecton.crm.domain.listing.Page;
import com.vecton.crm.domain.listing.PageRequest;
import com.vecton.crm.domain.pipeline.PipelineId;
import com.vecton.crm.domain.pipeline.StageId;
import java.util.List;
import java.util.Optional;

/**
 * Where deals are kept, with their contacts, their stage history and their revisions. The
 * positions of a stage's live deals are kept 0, 1, 2, … by the callers, which change a pipeline's
 * stage columns only while holding the pipeline's row lock ({@link PipelineRepository#lockById});
 * the store refuses at commit a transaction that would leave two live deals on one position.
 */
public interface DealRepository extends RecordStore<DealId, Deal> {

    /** Inserts a new deal or overwrites the stored one with the same id, contacts included. */
    @Override
    void save(Deal deal);

    /** A deal, live or soft-deleted, read without a lock. */
    Optional<Deal> findLiveOrDeletedById(DealId id);

    /**
     * The pipeline of a deal, live or soft-deleted, read without a lock: which pipeline row to lock
     * before locking the deal itself (pipelines are always locked before their deals).
     */
    Optional<PipelineId> pipelineOf(DealId id);

    /** How many live deals the stage holds besides {@code deal} (which may or may not be in it). */
    int countOthers(StageId stage, DealId deal);

    /** Closes the gap a deal leaves at {@code position}: the live deals after it move up one. */
    void closeGap(StageId stage, int position);

    /** Opens a gap at {@code position} for {@code deal}: the other live deals there and after it move down one. */
    void openGap(StageId stage, int position, DealId deal);

    /** The live deals of a pipeline, by stage and then position. */
    List<Deal> onBoard(PipelineId pipeline);

    /**
     * Every deal in the stage, live ones first in position order, then deleted ones by id, locked
     * until the transaction ends; the pipeline must be locked first.
     */
    List<Deal> lockAllInStage(StageId stage);

    /** Whether the stage holds a live deal. */
    boolean holdsLiveDeals(StageId stage);

    /** One page of live deals matching the query, with the total number of matches. */
    default Page<Deal> search(DealQuery query, PageRequest page) {
        return search(query, Visibility.EVERYTHING, page);
    }

    /**
     * One page of the live deals that match the query and that the caller may see, with the total
     * of those. The visibility may test the attributes of
     * {@link com.vecton.crm.domain.deal.DealAccess#FILTERABLE} and {@link Visibility#ID}.
     */
    Page<Deal> search(DealQuery query, Visibility visible, PageRequest page);

    /** Writes one row of a deal's stage history (in the transaction of the change). */
    void recordStageChange(StageChange change);

    /** A deal's stage history, oldest first. */
    List<StageChange> stageHistory(DealId deal);

    /**
     * The sums a forecast of the pipeline is made of ({@link Forecast#of}): per group and currency,
     * the open deals and the won ones the query covers, as they are now or as they were at the end
     * of its as-of day.
     */
    List<Forecast.Row> forecast(PipelineId pipeline, ForecastQuery query);
}
