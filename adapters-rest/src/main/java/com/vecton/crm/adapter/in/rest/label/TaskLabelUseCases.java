package com.vecton.crm.adapter.in.rest.label;

import com.vecton.crm.application.port.in.label.CreateTaskLabelUseCase;
import com.vecton.crm.application.port.in.label.DeleteTaskLabelUseCase;
import com.vecton.crm.application.port.in.label.EditTaskLabelUseCase;
import com.vecton.crm.application.port.in.lifecycle.ListChangesUseCase;
import com.vecton.crm.application.port.in.lifecycle.ListRecordsUseCase;
import com.vecton.crm.application.port.in.lifecycle.ShowRecordUseCase;
import com.vecton.crm.domain.label.TaskLabel;
import com.vecton.crm.domain.label.TaskLabelId;
import com.vecton.crm.domain.label.TaskLabelQuery;
import java.util.Objects;
import java.util.stream.Stream;

/** The in-ports the task label routes drive, as one part of {@code RestUseCases}. */
public record TaskLabelUseCases(
        CreateTaskLabelUseCase create,
        EditTaskLabelUseCase edit,
        DeleteTaskLabelUseCase delete,
        ShowRecordUseCase<TaskLabelId, TaskLabel> show,
        ListRecordsUseCase<TaskLabelQuery, TaskLabel> list,
        ListChangesUseCase<TaskLabel> changes) {
    public TaskLabelUseCases {
        if (Stream.of(create, edit, delete, show, list, changes).anyMatch(Objects::isNull)) {
            throw new IllegalArgumentException("every task label use case of the HTTP API is wired");
        }
    }

    /** The task label routes. */
    public TaskLabelResource resource() {
        return new TaskLabelResource(this);
    }
}
