package com.vecton.crm.adapter.in.rest.task;

import com.vecton.crm.application.port.in.lifecycle.DeleteRecordUseCase;
import com.vecton.crm.application.port.in.lifecycle.ListChangesUseCase;
import com.vecton.crm.application.port.in.lifecycle.RestoreRecordUseCase;
import com.vecton.crm.application.port.in.lifecycle.ShowRecordUseCase;
import com.vecton.crm.application.port.in.task.CreateTaskUseCase;
import com.vecton.crm.application.port.in.task.EditTaskUseCase;
import com.vecton.crm.application.port.in.task.ListProjectTasksUseCase;
import com.vecton.crm.application.port.in.task.ListTasksUseCase;
import com.vecton.crm.application.port.in.task.MoveTaskUseCase;
import com.vecton.crm.application.port.in.task.ShowBoardUseCase;
import com.vecton.crm.domain.task.Task;
import com.vecton.crm.domain.task.TaskId;
import java.util.Objects;
import java.util.stream.Stream;

/** The in-ports the tasks routes drive, as one part of {@code RestUseCases}. */
public record TaskUseCases(
        CreateTaskUseCase create,
        EditTaskUseCase edit,
        MoveTaskUseCase move,
        DeleteRecordUseCase<TaskId> delete,
        RestoreRecordUseCase<TaskId, Task> restore,
        ShowRecordUseCase<TaskId, Task> show,
        ListTasksUseCase list,
        ListProjectTasksUseCase projectList,
        ShowBoardUseCase board,
        ListChangesUseCase<Task> changes) {
    public TaskUseCases {
        if (Stream.of(create, edit, move, delete, restore, show, list, projectList, board, changes)
                .anyMatch(Objects::isNull)) {
            throw new IllegalArgumentException("every task use case of the HTTP API is wired");
        }
    }

    /** The tasks routes. */
    public TaskResource resource() {
        return new TaskResource(this);
    }

    /** One project's task list. */
    public ProjectTasksResource projectResource() {
        return new ProjectTasksResource(this);
    }

    /** One project's board. */
    public ProjectBoardResource boardResource() {
        return new ProjectBoardResource(this);
    }
}
