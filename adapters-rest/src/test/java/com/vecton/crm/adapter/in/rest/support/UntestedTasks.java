package com.vecton.crm.adapter.in.rest.support;

import com.vecton.crm.adapter.in.rest.task.TaskUseCases;
import com.vecton.crm.application.port.in.task.ShowTaskUseCase;
import com.vecton.crm.domain.task.Task;
import com.vecton.crm.domain.task.TaskId;

/**
 * Task use cases for the in-memory API of these tests: the routes are registered and gated here,
 * while their behaviour and the check on loaded tasks are tested end to end in bootstrap
 * (TasksEndToEndTest).
 */
public final class UntestedTasks {
    private UntestedTasks() {
    }

    public static TaskUseCases useCases() {
        return new TaskUseCases(
                UntestedAccess.onResource(), (actor, details) -> {
                    throw untested();
                }, (actor, id, edit) -> {
                    throw untested();
                }, (actor, id, status, position) -> {
                    throw untested();
                }, (actor, id) -> {
                    throw untested();
                }, (actor, id) -> {
                    throw untested();
                }, new ShowTaskUseCase() {
                    @Override
                    public Task show(TaskId id) {
                        throw untested();
                    }

                    @Override
                    public Task showLiveOrDeleted(TaskId id) {
                        throw untested();
                    }
                }, (query, visible, page) -> {
                    throw untested();
                }, (project, query, visible, page) -> {
                    throw untested();
                }, project -> {
                    throw untested();
                });
    }

    private static UnsupportedOperationException untested() {
        return new UnsupportedOperationException("tasks are tested end to end");
    }
}
