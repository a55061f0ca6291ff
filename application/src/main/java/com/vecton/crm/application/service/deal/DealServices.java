package com.vecton.crm.application.service.deal;

import com.vecton.crm.application.port.out.CompanyRepository;
import com.vecton.crm.application.port.out.ContactRepository;
import com.vecton.crm.application.port.out.DealRepository;
import com.vecton.crm.application.port.out.PipelineRepository;
import com.vecton.crm.application.port.out.TenantUsers;
import com.vecton.crm.application.service.lifecycle.RecordType;
import com.vecton.crm.application.service.lifecycle.UseCaseKit;
import com.vecton.crm.application.service.lifecycle.VisibleRecords;
import com.vecton.crm.domain.access.Permission;
import com.vecton.crm.domain.access.Requester;
import com.vecton.crm.domain.access.ResourceName;
import com.vecton.crm.domain.access.Visibility;
import com.vecton.crm.domain.audit.AuditEvent;
import com.vecton.crm.domain.audit.Changes;
import com.vecton.crm.domain.deal.Deal;
import com.vecton.crm.domain.deal.DealAccess;
import com.vecton.crm.domain.deal.DealId;
import com.vecton.crm.domain.deal.StageChange;
import com.vecton.crm.domain.pipeline.Pipeline;
import com.vecton.crm.domain.pipeline.PipelineId;
import com.vecton.crm.domain.pipeline.PipelineStages;
import com.vecton.crm.domain.pipeline.Stage;
import com.vecton.crm.domain.pipeline.StageId;
import com.vecton.crm.domain.pipeline.StageKind;
import com.vecton.crm.domain.problem.NotFound;
import com.vecton.crm.domain.problem.ValidationFailed;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

/**
 * What every deal use case needs from the outside; one value so wiring stays short. Also the
 * locking order all of them follow, the tasks' rule with pipelines for projects: pipeline rows
 * first (ascending id), then the deal, then what it refers to (share locks on the company and the
 * contacts). Every change to a pipeline's stage columns holds the lock of the pipeline row, so
 * creates, moves, deletes and restores in one pipeline, and the changes of its stages, run one after
 * another and each sees the positions and the stages the previous left.
 */
public record DealServices(
        DealRepository deals,
        PipelineRepository pipelines,
        CompanyRepository companies,
        ContactRepository contacts,
        TenantUsers users,
        UseCaseKit kit) {
    /** The subject type of deals in the audit trail. */
    public static final String SUBJECT = "deal";

    /** What opening one deal needs, and so what a list of deals needs on each of them. */
    public static final Permission VIEW = new Permission("deals.view");

    /** The stable error code of a stage change that would strand live deals. */
    public static final String STAGE_IN_USE = PipelineStages.IN_USE;

    /**
     * Deals as the lifecycle use cases see them: locked after their pipeline, as every change to a
     * board is. A deleted deal leaves its stage (the deals after it close up); a restored one comes
     * back at the end of its stage.
     */
    public RecordType<DealId, Deal> type() {
        return RecordType.<DealId, Deal>softDeleted(
                        SUBJECT,
                        deals,
                        kit::admit,
                        (deal, now) -> {
                            deals.closeGap(
                                    deal.details().stageId(), deal.position().orElseThrow());
                            return deal.delete(now);
                        },
                        (deal, now) ->
                                deal.undelete(deals.countOthers(deal.details().stageId(), deal.id()), now))
                .lockedBy(id -> Optional.of(lockDeal(id, null)));
    }

    /**
     * The deal, live or deleted, locked after its pipeline (and {@code alsoLock}, when not
     * {@code null}) so that its stage columns can be changed. 404 when unknown.
     */
    Deal lockDeal(DealId id, PipelineId alsoLock) {
        while (true) {
            var pipeline = deals.pipelineOf(id).orElseThrow(() -> new NotFound(SUBJECT, id));
            var ids = new TreeSet<Long>();
            ids.add(pipeline.value());
            if (alsoLock != null) {
                ids.add(alsoLock.value());
            }
            ids.forEach(p -> pipelines.lockById(new PipelineId(p)));
            var deal = deals.lockById(id).orElseThrow(() -> new NotFound(SUBJECT, id));
            if (Objects.equals(deal.details().pipelineId(), pipeline)) {
                return deal;
            }
            // An edit moved the deal to another pipeline between the look and the lock; look again.
        }
    }

    /**
     * The live deal, locked as {@link #lockDeal} does, once the requester's policies and
     * precondition hold on it as locked; 404 when unknown or deleted.
     */
    Deal lockLiveDeal(Requester who, DealId id, PipelineId alsoLock) {
        var deal = lockDeal(id, alsoLock);
        if (deal.isDeleted()) {
            throw new NotFound(SUBJECT, id);
        }
        kit.admit(who, deal);
        RecordType.requireCondition(who, deal);
        return deal;
    }

    /** The pipeline, live or deleted, locked (again: re-locking a row this transaction holds is cheap), as it is now. */
    Pipeline lockedPipeline(PipelineId id) {
        return pipelines.lockById(id).orElseThrow(() -> new NotFound("pipeline", id));
    }

    /** The live pipeline a deal may be put on, locked; a 422 on {@code pipeline_id} otherwise. */
    Pipeline livePipelineForDeal(PipelineId id) {
        return pipelines
                .lockById(id)
                .filter(p -> !p.isDeleted())
                .orElseThrow(() -> ValidationFailed.of("pipeline_id", "must be a live pipeline"));
    }

    /**
     * The default pipeline's id (where a deal that names none goes); a 422 on {@code pipeline_id}
     * while there is none at all.
     */
    PipelineId defaultPipeline() {
        return pipelines
                .findDefaultId()
                .orElseThrow(() -> ValidationFailed.of("pipeline_id", "is required while there is no pipeline"));
    }

    /** The stage of the pipeline with this id; a 422 on {@code field} when it is none of its live stages. */
    static Stage stageOf(Pipeline pipeline, StageId id, String field) {
        return pipeline.stages().inOrder().stream()
                .filter(stage -> stage.id().equals(id))
                .findFirst()
                .orElseThrow(() -> ValidationFailed.of(field, "must be a stage of the deal's pipeline"));
    }

    /** Where a deal goes when it names no stage: the pipeline's first open stage (every pipeline has one). */
    static Stage firstOpenStage(Pipeline pipeline) {
        return pipeline.stages().inOrder().stream()
                .filter(stage -> stage.details().kind() == StageKind.OPEN)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("pipeline " + pipeline.id() + " has no open stage"));
    }

    /** Which deals a list may show: those the requester could open ({@code deals.view}). */
    public VisibleRecords visible() {
        return kit.visible(Deal.RESOURCE_TYPE, VIEW, DealAccess.FILTERABLE);
    }

    /** The deals of one pipeline the requester may list, checked on {@code crm:pipelines/{id}} with its pipeline known. */
    Visibility visibleInPipeline(Requester who, PipelineId pipeline) {
        return visible()
                .of(
                        who,
                        ResourceName.item(Pipeline.RESOURCE_TYPE, pipeline.value()),
                        DealAccess.attributesOfPipeline(pipeline));
    }

    /**
     * Saves a deal that {@code before} became, writes its stage history row when its stage changed,
     * and audits it as {@code event}; nothing at all when no field changed.
     *
     * @return whether anything was written
     */
    boolean saveChange(Requester who, Deal before, Deal after, AuditEvent event, Instant now) {
        var changes = Changes.between(before.asFields(), after.asFields());
        if (changes.isEmpty()) {
            return false;
        }
        deals.save(after);
        if (after.changedStageFrom(before)) {
            deals.recordStageChange(StageChange.of(before, after, who.userId()));
        }
        kit.audit().record(who.actor(), SUBJECT, after.id(), event, changes, now);
        return true;
    }
}
