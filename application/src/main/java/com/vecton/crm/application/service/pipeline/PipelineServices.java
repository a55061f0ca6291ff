package com.vecton.crm.application.service.pipeline;

import com.vecton.crm.application.port.out.PipelineRepository;
import com.vecton.crm.application.service.lifecycle.RecordType;
import com.vecton.crm.application.service.lifecycle.RecordWrites;
import com.vecton.crm.application.service.lifecycle.UseCaseKit;
import com.vecton.crm.application.service.lifecycle.VisibleRecords;
import com.vecton.crm.domain.access.Permission;
import com.vecton.crm.domain.audit.Actor;
import com.vecton.crm.domain.audit.AuditEvent;
import com.vecton.crm.domain.audit.Changes;
import com.vecton.crm.domain.pipeline.Pipeline;
import com.vecton.crm.domain.pipeline.PipelineId;
import java.time.Instant;

/**
 * What every pipeline use case needs from the outside; one value so wiring stays short. Also how
 * the default flag moves, and the lock order of that: the pipeline being changed (its row), then
 * the flag ({@link PipelineRepository#lockDefault}: the flag's lock, then the old default's row).
 * Only changes that move the flag take it, and they never hold the old default's row before it, so
 * the order cannot close a cycle.
 */
public record PipelineServices(PipelineRepository pipelines, UseCaseKit kit) {
    /** The subject type of pipelines (and of changes to their stages) in the audit trail. */
    public static final String SUBJECT = "pipeline";

    /** What opening one pipeline needs, and so what a list of pipelines needs on each of them. */
    public static final Permission VIEW = new Permission("pipelines.view");

    /** Pipelines as the lifecycle use cases see them; the default cannot be deleted, a deleted one keeps its stages. */
    public RecordType<PipelineId, Pipeline> type() {
        return RecordType.softDeleted(
                SUBJECT,
                pipelines,
                kit::admit,
                (pipeline, now) -> {
                    pipeline.requireDeletable();
                    return pipeline.delete(now);
                },
                Pipeline::undelete);
    }

    /**
     * Pipelines as their delete sees them: also refused ({@code 422 stage_in_use}) while one of the
     * pipeline's stages holds live deals, which would be left on a board that answers 404. Checked
     * under the pipeline's row lock, which every change to its stage columns holds.
     */
    public RecordType<PipelineId, Pipeline> type(StageOccupants occupants) {
        return RecordType.softDeleted(
                SUBJECT,
                pipelines,
                kit::admit,
                (pipeline, now) -> {
                    pipeline.requireDeletable();
                    pipeline.stages()
                            .inOrder()
                            .forEach(stage -> occupants.requireNoLiveDeals(stage, "go with its pipeline"));
                    return pipeline.delete(now);
                },
                Pipeline::undelete);
    }

    /**
     * The steps of a create and an edit that are the same for every entity, on pipelines; their
     * audit rows compare the pipeline's fields and its stages, so a stage change is an
     * {@code updated} row with {@code stages} before and after.
     */
    public RecordWrites<PipelineId, Pipeline> writes() {
        return new RecordWrites<>(type(), kit, Pipeline::asFields);
    }

    /** Which pipelines a list may show: those the requester could open. */
    public VisibleRecords visible() {
        return kit.visible(Pipeline.RESOURCE_TYPE, VIEW, Pipeline.FILTERABLE);
    }

    /**
     * Takes the default flag off {@code previous}, the default locked by {@link PipelineRepository#lockDefault},
     * for a pipeline about to be saved as the default: saved and audited first, because the partial
     * unique index on the flag is checked statement by statement.
     *
     * <p>The change is dated {@code now}, or the former default's own last change if that is later:
     * {@code now} was read before this transaction waited for the flag, and the pipeline that held it
     * may have been created or changed by a transaction that committed meanwhile (a race test of
     * concurrent creates found exactly that).
     */
    void takeDefaultFrom(Pipeline previous, Actor actor, Instant now) {
        var at = now.isBefore(previous.updatedAt()) ? previous.updatedAt() : now;
        var former = previous.handingOverDefault(at);
        pipelines.save(former);
        kit.audit()
                .record(
                        actor,
                        SUBJECT,
                        previous.id(),
                        AuditEvent.UPDATED,
                        Changes.between(previous.asFields(), former.asFields()),
                        at);
    }
}
