package com.vecton.crm.adapter.in.rest.support;

import com.vecton.crm.adapter.in.rest.task.TaskUseCases;

/**
 * Task use cases for the in-memory API of these tests: the routes are registered and gated here,
 * while their behaviour and the check on loaded tasks are tested end to end in bootstrap
 * (TasksEndToEndTest).
 */
public final class UntestedTasks {
    private UntestedTasks() {}

    public static TaskUseCases useCases() {
        return new TaskUseCases(
                (who, details) -> {
                    throw untested();
                },
                (who, id, edit) -> {
                    throw untested();
                },
                (who, id, status, position) -> {
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
                (who, project, query, page) -> {
                    throw untested();
                },
                (who, project) -> {
                    throw untested();
                },
                (who, request) -> {
                    throw untested();
                });
    }

    private static UnsupportedOperationException untested() {
        return new UnsupportedOperationException("tasks are tested end to end");
    }
}
