package com.vecton.crm.adapter.out.persistence.task;

import static com.vecton.crm.domain.testing.ProjectDetailsBuilder.aProject;
import static com.vecton.crm.domain.testing.TaskDetailsBuilder.aTask;

import com.vecton.crm.adapter.out.persistence.Persistence;
import com.vecton.crm.adapter.out.persistence.testing.RecordStoreContract;
import com.vecton.crm.application.port.out.RecordStore;
import com.vecton.crm.domain.project.Project;
import com.vecton.crm.domain.project.ProjectId;
import com.vecton.crm.domain.task.Task;
import com.vecton.crm.domain.task.TaskEdit;
import com.vecton.crm.domain.task.TaskId;
import java.time.Instant;
import java.util.Optional;

/**
 * The store contract on tasks, with their assignees: each contract record is the only task of its
 * project's first column, so its position is 0 (the store keeps no column order itself).
 */
class TaskStoreContractTest extends RecordStoreContract<TaskId, Task> {
    private ProjectId project;

    @Override
    protected String table() {
        return "tasks";
    }

    @Override
    protected RecordStore<TaskId, Task> storeOn(Persistence db) {
        return db.tasks();
    }

    @Override
    protected void prepare(Persistence db) {
        project = db.projects().nextId();
        db.projects().save(Project.create(project, aProject().build(), CREATOR, T0));
    }

    @Override
    protected Task newRecord(TaskId id) {
        return Task.create(
                id,
                aTask(project)
                        .assignedTo(CREATOR.value())
                        .due("2026-12-01T12:00:00Z")
                        .build(),
                0,
                CREATOR,
                T0);
    }

    @Override
    protected Task changed(Task task, Instant now) {
        return task.edit(TaskEdit.keepingAll().withTitle("Write the spec, at last"), 0, now);
    }

    @Override
    protected TaskId idOf(Task task) {
        return task.id();
    }

    @Override
    protected Object stateOf(Task task) {
        return TaskFixture.state(task);
    }

    @Override
    protected Optional<Task> deleted(Task task, Instant now) {
        return Optional.of(task.delete(now));
    }

    @Override
    protected Task restored(Task task, Instant now) {
        return task.undelete(0, now);
    }
}
