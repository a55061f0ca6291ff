package com.vecton.crm.application.service.deal;

import com.vecton.crm.application.service.pipeline.StageOccupants;
import com.vecton.crm.domain.access.Requester;
import com.vecton.crm.domain.audit.AuditEvent;
import com.vecton.crm.domain.pipeline.Pipeline;
import com.vecton.crm.domain.pipeline.Stage;
import com.vecton.crm.domain.pipeline.StageId;
import com.vecton.crm.domain.pipeline.StageKind;
import com.vecton.crm.domain.problem.RuleViolated;
import com.vecton.crm.domain.problem.ValidationFailed;
import java.time.Instant;
import java.util.Optional;

/**
 * The deals of a stage being deleted, moved out in the stage delete's transaction (which holds the
 * pipeline's row lock, so no move into the stage can slip in between: a move waits for the lock and
 * then finds the stage gone). The live deals go, in their order, to the end of the stage named by
 * {@code move_to}, each moved by the rules of that stage and with its stage history and audit rows;
 * deleted deals of the stage go along (to {@code move_to}, or else the first open stage left), so
 * that a restore always finds a live stage. A lost stage is a target only for a lost stage's deals,
 * which have their reasons: others would need one each.
 */
public final class DealsLeavingStage implements StageOccupants {
    private final DealServices s;

    public DealsLeavingStage(DealServices services) {
        this.s = services;
    }

    @Override
    public void leave(Requester who, Pipeline after, Stage removed, Optional<StageId> moveTo, Instant now) {
        var target = moveTo.map(id -> {
            if (id.equals(removed.id())) {
                throw ValidationFailed.of("move_to", "must name another stage of the same pipeline");
            }
            return DealServices.stageOf(after, id, "move_to");
        });
        if (target.isPresent()
                && target.get().details().kind() == StageKind.LOST
                && removed.details().kind() != StageKind.LOST) {
            throw ValidationFailed.of(
                    "move_to",
                    "must not be a lost stage unless the deleted stage is lost too: each deal moved to a lost stage"
                            + " needs its own lost_reason");
        }
        var deals = s.deals().lockAllInStage(removed.id());
        boolean holdsLive = deals.stream().anyMatch(deal -> !deal.isDeleted());
        if (holdsLive && target.isEmpty()) {
            throw inUse(removed, "be deleted; name a stage of the same pipeline to move its deals to (?move_to=)");
        }
        if (deals.isEmpty()) {
            return;
        }
        var to = target.orElseGet(() -> DealServices.firstOpenStage(after));
        int next = s.deals().countOthers(to.id(), deals.getFirst().id());
        for (var deal : deals) {
            var moved = deal.isDeleted()
                    ? deal.placedIn(
                            deal.details().inStage(to.id(), deal.details().lostReason()), to, null, now)
                    : deal.move(to, next++, null, now);
            s.saveChange(who, deal, moved, AuditEvent.MOVED, now);
        }
    }

    @Override
    public void requireNoLiveDeals(Stage stage, String change) {
        if (s.deals().holdsLiveDeals(stage.id())) {
            throw inUse(stage, change);
        }
    }

    private static RuleViolated inUse(Stage stage, String change) {
        return new RuleViolated(
                DealServices.STAGE_IN_USE, "Stage " + stage.id() + " holds live deals and cannot " + change + ".");
    }
}
