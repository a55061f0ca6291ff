package com.vecton.crm.domain.pipeline;

import com.vecton.crm.domain.access.ResourceAttributes;
import com.vecton.crm.domain.access.UserId;
import com.vecton.crm.domain.lifecycle.HistoryRecord;
import com.vecton.crm.domain.lifecycle.Lifecycle;
import com.vecton.crm.domain.problem.RuleViolated;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * A sales process: its name, currency and whether it is the tenant's default, and its ordered
 * stages. The stages are part of the pipeline (its JSON, its version, its audit rows), so every
 * stage change is a change of the pipeline. Immutable: every change returns a new value.
 *
 * <p>Exactly one live pipeline is the default. That a pipeline becomes it is the use case's to
 * arrange (the flag moves from the old default in the same transaction); this class refuses what
 * would leave none: taking the flag off the default ({@link #edit}) and deleting it ({@link #requireDeletable}).
 */
public final class Pipeline extends HistoryRecord<PipelineId, PipelineDetails, Pipeline> {
    /** The type of pipelines in resource names, {@code crm:pipelines/{id}}. */
    public static final String RESOURCE_TYPE = "pipelines";

    /**
     * The attributes of {@link #attributes()} a list of pipelines can be filtered on in the store, so that
     * allows and denies conditioned on them (StringEquals, StringNotEquals) decide a list item by item:
     * all of them.
     */
    public static final Set<String> FILTERABLE = Set.of("created_by");

    /** The stable error code of deleting the default pipeline, or taking its flag off. */
    public static final String IS_DEFAULT = "pipeline_is_default";
    /** The stable error code of a name that a live pipeline has already (ignoring case). */
    public static final String NAME_TAKEN = "pipeline_name_taken";

    private final PipelineStages stages;

    private Pipeline(PipelineId id, PipelineDetails details, PipelineStages stages, Lifecycle lifecycle) {
        super(id, details, lifecycle);
        if (stages == null) {
            throw new IllegalArgumentException("a pipeline has stages");
        }
        if (details.isDefault() && lifecycle.isDeleted()) {
            throw new IllegalArgumentException("a deleted pipeline is never the default");
        }
        this.stages = stages;
    }

    public static Pipeline create(
            PipelineId id, PipelineDetails details, PipelineStages stages, UserId createdBy, Instant now) {
        return new Pipeline(id, details, stages, Lifecycle.begun(createdBy, now));
    }

    public static Pipeline restore(
            PipelineId id,
            PipelineDetails details,
            PipelineStages stages,
            UserId createdBy,
            Instant createdAt,
            Instant updatedAt,
            Instant deletedAt,
            long version) {
        return new Pipeline(id, details, stages, new Lifecycle(createdBy, createdAt, updatedAt, deletedAt, version));
    }

    /** The pipeline's own fields edited; the default cannot stop being it (make another the default instead). */
    public Pipeline edit(PipelineEdit edit, Instant now) {
        var edited = edit.applyTo(details());
        if (isDefault() && !edited.isDefault()) {
            throw isTheDefault("stop being the default");
        }
        return changedTo(edited, now);
    }

    /** The same pipeline with these stages, changed now. */
    public Pipeline withStages(PipelineStages newStages, Instant now) {
        return new Pipeline(id(), details(), newStages, lifecycle().changed(now));
    }

    /** The former default, now that another pipeline took the flag (in the same transaction). */
    public Pipeline handingOverDefault(Instant now) {
        return new Pipeline(
                id(), details().withDefault(false), stages, lifecycle().changed(now));
    }

    /** Refuses ({@code 422 pipeline_is_default}) while this is the default: deleting it would leave none. */
    public void requireDeletable() {
        if (isDefault()) {
            throw isTheDefault("be deleted");
        }
    }

    private RuleViolated isTheDefault(String what) {
        return new RuleViolated(
                IS_DEFAULT,
                "Pipeline " + id() + " is the default pipeline and cannot " + what
                        + "; make another pipeline the default first.");
    }

    public static RuleViolated nameTaken(String name) {
        return new RuleViolated(NAME_TAKEN, "A pipeline named \"" + name + "\" already exists.");
    }

    public boolean isDefault() {
        return details().isDefault();
    }

    public PipelineStages stages() {
        return stages;
    }

    /** The details' fields and the stages, for the audit trail's before/after. */
    public Map<String, Object> asFields() {
        var fields = new LinkedHashMap<String, Object>(details().asFields());
        fields.put("stages", stages.asFields());
        return fields;
    }

    @Override
    protected Pipeline with(PipelineDetails details, Lifecycle lifecycle) {
        return new Pipeline(id(), details, stages, lifecycle);
    }

    @Override
    protected String resourceType() {
        return RESOURCE_TYPE;
    }

    /** {@code created_by}, when recorded. */
    @Override
    public ResourceAttributes attributes() {
        var values = new HashMap<String, Object>();
        createdBy().ifPresent(user -> values.put("created_by", user.value()));
        return new ResourceAttributes(values);
    }
}
