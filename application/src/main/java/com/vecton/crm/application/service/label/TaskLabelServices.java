package com.vecton.crm.application.service.label;

import com.vecton.crm.application.port.out.TaskLabelRepository;
import com.vecton.crm.application.service.lifecycle.RecordType;
import com.vecton.crm.application.service.lifecycle.RecordWrites;
import com.vecton.crm.application.service.lifecycle.UseCaseKit;
import com.vecton.crm.application.service.lifecycle.VisibleRecords;
import com.vecton.crm.domain.access.Permission;
import com.vecton.crm.domain.label.TaskLabel;
import com.vecton.crm.domain.label.TaskLabelId;

/** What every task label use case needs from the outside; one value so wiring stays short. */
public record TaskLabelServices(TaskLabelRepository labels, UseCaseKit kit) {
    /** The subject type of task labels in the audit trail. */
    public static final String SUBJECT = "task_label";

    /**
     * What opening one label needs ({@code GET /api/task-labels/{id}} is a {@code task_labels.list}
     * route: labels have no view permission), and so what a list of labels needs on each of them.
     */
    public static final Permission VIEW = new Permission("task_labels.list");

    /** Labels as the lifecycle use cases see them: shown, but deleted for good ({@link DeleteTaskLabelService}). */
    public RecordType<TaskLabelId, TaskLabel> type() {
        return RecordType.of(SUBJECT, labels, kit::admit);
    }

    /** The steps of a create and an edit that are the same for every entity, on task labels; their audit rows compare the details. */
    public RecordWrites<TaskLabelId, TaskLabel> writes() {
        return new RecordWrites<>(type(), kit, taskLabel -> taskLabel.details().asFields());
    }

    /** Which labels a list may show: those the requester could open. */
    public VisibleRecords visible() {
        return kit.visible(TaskLabel.RESOURCE_TYPE, VIEW, TaskLabel.FILTERABLE);
    }
}
