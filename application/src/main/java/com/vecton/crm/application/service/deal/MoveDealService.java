package com.vecton.crm.application.service.deal;

import com.vecton.crm.application.port.in.deal.MoveDealUseCase;
import com.vecton.crm.domain.access.Requester;
import com.vecton.crm.domain.audit.AuditEvent;
import com.vecton.crm.domain.deal.Deal;
import com.vecton.crm.domain.deal.DealId;
import com.vecton.crm.domain.pipeline.StageId;
import com.vecton.crm.domain.task.BoardColumn;

/**
 * Moves a deal within its pipeline's board as a task moves within its project's: under the
 * pipeline's row lock, once the requester's policies hold on the deal as locked, the deals after
 * it in its stage close up and the deals at and after the target index in the target stage make
 * room, all in one transaction with the deal's stage history row and audit row (the store checks
 * unique positions at commit, so the shifts may overlap meanwhile). The target stage is read after
 * the lock, so a stage deleted meanwhile is refused ({@code 422} on {@code stage_id}), never joined.
 * A move to where the deal already is writes nothing.
 */
public final class MoveDealService implements MoveDealUseCase {
    private final DealServices s;

    public MoveDealService(DealServices services) {
        this.s = services;
    }

    @Override
    public Deal move(Requester who, DealId id, StageId stageId, int position, String lostReason) {
        return s.kit().transactions().inTransaction(() -> {
            var current = s.lockLiveDeal(who, id, null);
            var pipeline = s.lockedPipeline(current.details().pipelineId());
            var stage = DealServices.stageOf(pipeline, stageId, "stage_id");
            var from = current.details().stageId();
            int fromPosition = current.position().orElseThrow();
            int at = BoardColumn.clamp(position, s.deals().countOthers(stage.id(), id));
            if (stage.id().equals(from) && at == fromPosition) {
                return current;
            }
            var now = s.kit().clock().now();
            // The stage's rules first (a lost stage needs a reason), so that a refused move shifts nothing.
            var moved = current.move(stage, at, lostReason, now);
            s.deals().closeGap(from, fromPosition);
            s.deals().openGap(stage.id(), at, id);
            s.saveChange(who, current, moved, AuditEvent.MOVED, now);
            return moved;
        });
    }
}
