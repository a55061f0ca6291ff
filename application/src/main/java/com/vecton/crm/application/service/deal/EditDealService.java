package com.vecton.crm.application.service.deal;

import com.vecton.crm.application.port.in.deal.EditDealUseCase;
import com.vecton.crm.domain.access.Requester;
import com.vecton.crm.domain.audit.AuditEvent;
import com.vecton.crm.domain.audit.Changes;
import com.vecton.crm.domain.deal.Deal;
import com.vecton.crm.domain.deal.DealEdit;
import com.vecton.crm.domain.deal.DealId;
import com.vecton.crm.domain.edit.FieldEdit;
import com.vecton.crm.domain.pipeline.StageKind;
import com.vecton.crm.domain.problem.NotFound;
import com.vecton.crm.domain.problem.ValidationFailed;
import java.util.HashSet;
import java.util.Objects;

/**
 * Edits a deal under its pipeline's row lock (and the row lock of the pipeline it moves to), once
 * the requester's policies hold on the deal as locked. A new stage (or pipeline) puts the deal at
 * the end of that stage, closes the gap it leaves, and writes its stage history row, all in one
 * transaction with the audit row; an edit that changes nothing writes nothing.
 */
public final class EditDealService implements EditDealUseCase {
    private final DealServices s;

    public EditDealService(DealServices services) {
        this.s = services;
    }

    @Override
    public Deal edit(Requester who, DealId id, DealEdit edit) {
        return s.kit().transactions().inTransaction(() -> {
            // An unknown deal is a 404 before anything about the pipeline it would go to is said.
            s.deals().pipelineOf(id).orElseThrow(() -> new NotFound(DealServices.SUBJECT, id));
            // The pipeline the edit names, if it names one: locked too (null names the default).
            var target = edit.pipelineId() instanceof FieldEdit.Set<?> set
                    ? set.value() == null
                            ? s.defaultPipeline()
                            : edit.pipelineId().applyTo(null)
                    : null;
            var current = s.lockLiveDeal(who, id, target);
            var before = current.details();
            var after = edit.applyTo(before);
            var pipelineId = after.pipelineId() == null ? target : after.pipelineId();
            var pipeline = pipelineId.equals(before.pipelineId())
                    ? s.lockedPipeline(pipelineId)
                    : s.livePipelineForDeal(pipelineId);
            var stage = after.stageId() == null
                    ? DealServices.firstOpenStage(pipeline)
                    : DealServices.stageOf(pipeline, after.stageId(), "stage_id");
            if (edit.setsProbability() && stage.details().kind() != StageKind.OPEN) {
                throw ValidationFailed.of(
                        "probability", "must not be set on a won or lost deal (its probability is 100 or 0)");
            }
            var resolved = after.withDefaults(
                    pipeline.id(), stage.id(), pipeline.details().currency(), who.userId());
            boolean otherStage = !stage.id().equals(before.stageId());
            var now = s.kit().clock().now();
            int position = current.position().orElseThrow();
            var tentative = current.placedIn(resolved, stage, position, now);
            if (Changes.between(current.asFields(), tentative.asFields()).isEmpty()) {
                return current;
            }
            var references = new DealReferences(s);
            if (!resolved.companyId().equals(before.companyId())) {
                references.company(resolved.companyId());
            }
            var added = new HashSet<>(resolved.contactIds());
            added.removeAll(before.contactIds());
            references.contacts(added);
            if (!Objects.equals(resolved.ownerId(), before.ownerId())) {
                references.owner(resolved.ownerId());
            }
            references.check();
            var edited = tentative;
            if (otherStage) {
                s.deals().closeGap(before.stageId(), position);
                edited = current.placedIn(resolved, stage, s.deals().countOthers(stage.id(), id), now);
            }
            s.saveChange(who, current, edited, AuditEvent.UPDATED, now);
            return edited;
        });
    }
}
