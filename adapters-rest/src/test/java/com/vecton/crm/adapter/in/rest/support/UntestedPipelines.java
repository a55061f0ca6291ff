package com.vecton.crm.adapter.in.rest.support;

import com.vecton.crm.adapter.in.rest.pipeline.PipelineUseCases;

/**
 * Pipeline use cases for the in-memory API of these tests: the routes are registered and gated
 * here, while their behaviour is tested end to end in bootstrap (PipelinesEndToEndTest).
 */
public final class UntestedPipelines {
    private UntestedPipelines() {}

    public static PipelineUseCases useCases() {
        return new PipelineUseCases(
                (actor, details, stages) -> {
                    throw untested();
                },
                (who, id, edit) -> {
                    throw untested();
                },
                (who, id) -> {
                    throw untested();
                },
                (who, id) -> {
                    throw untested();
                },
                (who, id) -> {
                    throw untested();
                },
                (who, query, page) -> {
                    throw untested();
                },
                (who, request) -> {
                    throw untested();
                },
                (who, pipeline, stage, position) -> {
                    throw untested();
                },
                (who, pipeline, stage, edit) -> {
                    throw untested();
                },
                (who, pipeline, stage, moveTo) -> {
                    throw untested();
                },
                (who, pipeline, order) -> {
                    throw untested();
                });
    }

    private static UnsupportedOperationException untested() {
        return new UnsupportedOperationException("pipelines are tested end to end");
    }
}
