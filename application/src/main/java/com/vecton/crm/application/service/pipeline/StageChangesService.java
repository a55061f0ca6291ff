package com.vecton.crm.application.service.pipeline;

import com.vecton.crm.application.port.in.pipeline.AddStageUseCase;
import com.vecton.crm.application.port.in.pipeline.EditStageUseCase;
import com.vecton.crm.application.port.in.pipeline.RemoveStageUseCase;
import com.vecton.crm.application.port.in.pipeline.ReorderStagesUseCase;
import com.vecton.crm.application.service.lifecycle.RecordWrites;
import com.vecton.crm.domain.access.Requester;
import com.vecton.crm.domain.pipeline.Pipeline;
import com.vecton.crm.domain.pipeline.PipelineId;
import com.vecton.crm.domain.pipeline.PipelineStages;
import com.vecton.crm.domain.pipeline.Stage;
import com.vecton.crm.domain.pipeline.StageDetails;
import com.vecton.crm.domain.pipeline.StageEdit;
import com.vecton.crm.domain.pipeline.StageId;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The four changes of a pipeline's stages, each an edit of the pipeline ({@link RecordWrites#edit}):
 * under the pipeline's row lock, once the requester's policies and {@code If-Match} hold on the
 * pipeline as locked, the stages as they are now are changed as a whole ({@link PipelineStages}
 * keeps its rules and makes the positions 0, 1, 2, …), saved with the pipeline at its next
 * version and audited as an {@code updated} row whose {@code stages} changed. So concurrent adds,
 * removes and reorders of one pipeline run one after another, each on what the previous left.
 * One class for the four: they differ only in the change they make.
 *
 * <p>Removing a stage that holds live deals ({@code stage_in_use}, {@code move_to}) comes with deals.
 */
public final class StageChangesService
        implements AddStageUseCase, EditStageUseCase, RemoveStageUseCase, ReorderStagesUseCase {
    private final PipelineServices s;

    public StageChangesService(PipelineServices services) {
        this.s = services;
    }

    @Override
    public Pipeline add(Requester who, PipelineId pipeline, StageDetails stage, Integer position) {
        return change(
                who, pipeline, stages -> stages.adding(new Stage(s.pipelines().nextStageId(), stage), position));
    }

    @Override
    public Pipeline edit(Requester who, PipelineId pipeline, StageId stage, StageEdit edit) {
        return change(who, pipeline, stages -> stages.editing(stage, edit));
    }

    @Override
    public void remove(Requester who, PipelineId pipeline, StageId stage) {
        change(who, pipeline, stages -> stages.removing(stage));
    }

    @Override
    public Pipeline reorder(Requester who, PipelineId pipeline, List<StageId> order) {
        return change(who, pipeline, stages -> stages.reorderedAs(order));
    }

    private Pipeline change(Requester who, PipelineId id, UnaryOperator<PipelineStages> change) {
        return s.writes()
                .edit(
                        who,
                        id,
                        (pipeline, now) -> pipeline.withStages(change.apply(pipeline.stages()), now),
                        RecordWrites.nothingChangedToCheck());
    }
}
