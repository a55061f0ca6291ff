package com.vecton.crm.application.service.pipeline;

import com.vecton.crm.application.port.in.pipeline.EditPipelineUseCase;
import com.vecton.crm.domain.access.Requester;
import com.vecton.crm.domain.pipeline.Pipeline;
import com.vecton.crm.domain.pipeline.PipelineEdit;
import com.vecton.crm.domain.pipeline.PipelineId;

/**
 * Edits a pipeline's own fields ({@link com.vecton.crm.application.service.lifecycle.RecordWrites}).
 * An edit that makes it the default takes the flag from the old default in the same transaction,
 * under the flag's lock (see {@link PipelineServices} for the lock order); taking the flag off the
 * default is refused by the pipeline itself.
 */
public final class EditPipelineService implements EditPipelineUseCase {
    private final PipelineServices s;

    public EditPipelineService(PipelineServices services) {
        this.s = services;
    }

    @Override
    public Pipeline edit(Requester who, PipelineId id, PipelineEdit edit) {
        return s.writes().edit(who, id, (pipeline, now) -> pipeline.edit(edit, now), (edited, changes) -> {
            if (changes.fields().containsKey("is_default") && edited.isDefault()) {
                s.pipelines()
                        .lockDefault()
                        .filter(previous -> !previous.id().equals(id))
                        .ifPresent(previous -> s.takeDefaultFrom(previous, who.actor(), edited.updatedAt()));
            }
        });
    }
}
