package com.vecton.crm.application.service.pipeline;

import com.vecton.crm.application.port.in.pipeline.CreatePipelineUseCase;
import com.vecton.crm.application.service.lifecycle.RecordWrites;
import com.vecton.crm.domain.audit.Actor;
import com.vecton.crm.domain.pipeline.Pipeline;
import com.vecton.crm.domain.pipeline.PipelineDetails;
import com.vecton.crm.domain.pipeline.PipelineStages;
import com.vecton.crm.domain.pipeline.Stage;
import com.vecton.crm.domain.pipeline.StageDetails;
import java.util.List;

/**
 * Creates a pipeline with its stages and its audit row in one transaction ({@link RecordWrites}).
 * Every create takes the default flag ({@code lockDefault}): the first pipeline becomes the default
 * whatever it asked, and one that asks takes the flag from the old default, so two concurrent
 * creates never both find "no default yet".
 */
public final class CreatePipelineService implements CreatePipelineUseCase {
    private final PipelineServices s;

    public CreatePipelineService(PipelineServices services) {
        this.s = services;
    }

    @Override
    public Pipeline create(Actor actor, PipelineDetails details, List<StageDetails> stages) {
        return s.writes().create(actor, RecordWrites.nothingToCheck(), (id, now) -> {
            // The stage rules first, so that a refused list never waits for the flag.
            var ordered = new PipelineStages(stages.stream()
                    .map(d -> new Stage(s.pipelines().nextStageId(), d))
                    .toList());
            var previous = s.pipelines().lockDefault();
            previous.filter(p -> details.isDefault()).ifPresent(p -> s.takeDefaultFrom(p, actor, now));
            return Pipeline.create(
                    id, details.withDefault(details.isDefault() || previous.isEmpty()), ordered, actor.userId(), now);
        });
    }
}
