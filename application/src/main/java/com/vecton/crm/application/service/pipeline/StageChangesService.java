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
import java.util.Optional;
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
 * <p>A stage holds deals ({@link StageOccupants}): removing one that holds live deals needs a stage
 * of the same pipeline to move them to ({@code move_to}, else {@code 422 stage_in_use}), and they
 * move in the same transaction, under the same lock; a stage that holds live deals keeps its kind
 * ({@code 422 stage_in_use}), since their status is its kind.
 */
public final class StageChangesService
        implements AddStageUseCase, EditStageUseCase, RemoveStageUseCase, ReorderStagesUseCase {
    private final PipelineServices s;
    private final StageOccupants occupants;

    public StageChangesService(PipelineServices services, StageOccupants occupants) {
        this.s = services;
        this.occupants = occupants;
    }

    @Override
    public Pipeline add(Requester who, PipelineId pipeline, StageDetails stage, Integer position) {
        return change(
                who, pipeline, stages -> stages.adding(new Stage(s.pipelines().nextStageId(), stage), position));
    }

    @Override
    public Pipeline edit(Requester who, PipelineId pipeline, StageId stage, StageEdit edit) {
        return change(who, pipeline, stages -> {
            var before = stages.find(stage);
            var edited = stages.editing(stage, edit);
            if (edited.find(stage).details().kind() != before.details().kind()) {
                occupants.requireNoLiveDeals(before, "change its kind");
            }
            return edited;
        });
    }

    @Override
    public void remove(Requester who, PipelineId pipeline, StageId stage, Optional<StageId> moveTo) {
        s.writes()
                .edit(
                        who,
                        pipeline,
                        (current, now) -> {
                            var removed = current.stages().find(stage);
                            var after = current.withStages(current.stages().removing(stage), now);
                            occupants.leave(who, after, removed, moveTo, now);
                            return after;
                        },
                        RecordWrites.nothingChangedToCheck());
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
