package com.vecton.crm.adapter.in.rest.pipeline;

import com.vecton.crm.application.port.in.lifecycle.DeleteRecordUseCase;
import com.vecton.crm.application.port.in.lifecycle.ListChangesUseCase;
import com.vecton.crm.application.port.in.lifecycle.ListRecordsUseCase;
import com.vecton.crm.application.port.in.lifecycle.RestoreRecordUseCase;
import com.vecton.crm.application.port.in.lifecycle.ShowRecordUseCase;
import com.vecton.crm.application.port.in.pipeline.AddStageUseCase;
import com.vecton.crm.application.port.in.pipeline.CreatePipelineUseCase;
import com.vecton.crm.application.port.in.pipeline.EditPipelineUseCase;
import com.vecton.crm.application.port.in.pipeline.EditStageUseCase;
import com.vecton.crm.application.port.in.pipeline.RemoveStageUseCase;
import com.vecton.crm.application.port.in.pipeline.ReorderStagesUseCase;
import com.vecton.crm.domain.pipeline.Pipeline;
import com.vecton.crm.domain.pipeline.PipelineId;
import com.vecton.crm.domain.pipeline.PipelineQuery;
import java.util.Objects;
import java.util.stream.Stream;

/** The in-ports the pipelines routes drive, as one part of {@code RestUseCases}. */
public record PipelineUseCases(
        CreatePipelineUseCase create,
        EditPipelineUseCase edit,
        DeleteRecordUseCase<PipelineId> delete,
        RestoreRecordUseCase<PipelineId, Pipeline> restore,
        ShowRecordUseCase<PipelineId, Pipeline> show,
        ListRecordsUseCase<PipelineQuery, Pipeline> list,
        ListChangesUseCase<Pipeline> changes,
        AddStageUseCase addStage,
        EditStageUseCase editStage,
        RemoveStageUseCase removeStage,
        ReorderStagesUseCase reorderStages) {
    public PipelineUseCases {
        if (Stream.of(
                        create,
                        edit,
                        delete,
                        restore,
                        show,
                        list,
                        changes,
                        addStage,
                        editStage,
                        removeStage,
                        reorderStages)
                .anyMatch(Objects::isNull)) {
            throw new IllegalArgumentException("every pipeline use case of the HTTP API is wired");
        }
    }

    /** The pipelines routes, their stages' included. */
    public PipelineResource resource() {
        return new PipelineResource(this);
    }
}
