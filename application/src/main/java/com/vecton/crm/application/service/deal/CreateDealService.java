package com.vecton.crm.application.service.deal;

import com.vecton.crm.application.port.in.deal.CreateDealUseCase;
import com.vecton.crm.domain.access.Requester;
import com.vecton.crm.domain.audit.AuditEvent;
import com.vecton.crm.domain.audit.Changes;
import com.vecton.crm.domain.deal.Deal;
import com.vecton.crm.domain.deal.DealAccess;
import com.vecton.crm.domain.deal.DealDetails;
import com.vecton.crm.domain.deal.StageChange;

/**
 * Creates a deal at the end of its stage, with its first stage history row (from no stage) and its
 * audit row, in one transaction that holds the pipeline's row lock, once the requester's policies
 * hold on a deal like it ({@code crm:deals}): parallel creates in one pipeline queue there and take
 * positions one by one. What the details leave out gets its default here: the default pipeline, its
 * first open stage, its currency, the caller as owner.
 */
public final class CreateDealService implements CreateDealUseCase {
    private final DealServices s;

    public CreateDealService(DealServices services) {
        this.s = services;
    }

    @Override
    public Deal create(Requester who, DealDetails details) {
        return s.kit().transactions().inTransaction(() -> {
            var pipelineId = details.pipelineId() != null ? details.pipelineId() : s.defaultPipeline();
            var pipeline = s.livePipelineForDeal(pipelineId);
            var stage = details.stageId() == null
                    ? DealServices.firstOpenStage(pipeline)
                    : DealServices.stageOf(pipeline, details.stageId(), "stage_id");
            var resolved = details.withDefaults(
                    pipeline.id(), stage.id(), pipeline.details().currency(), who.userId());
            s.kit()
                    .access()
                    .authorize(
                            who,
                            DealAccess.collection(),
                            DealAccess.attributesOf(resolved, stage.details().kind(), who.userId()));
            new DealReferences(s)
                    .company(resolved.companyId())
                    .contacts(resolved.contactIds())
                    .owner(resolved.ownerId())
                    .check();
            var now = s.kit().clock().now();
            var id = s.deals().nextId();
            var deal = Deal.create(id, resolved, stage, s.deals().countOthers(stage.id(), id), who.userId(), now);
            s.deals().save(deal);
            s.deals().recordStageChange(StageChange.of(null, deal, who.userId()));
            s.kit()
                    .audit()
                    .record(
                            who.actor(),
                            DealServices.SUBJECT,
                            id,
                            AuditEvent.CREATED,
                            Changes.created(deal.asFields()),
                            now);
            return deal;
        });
    }
}
