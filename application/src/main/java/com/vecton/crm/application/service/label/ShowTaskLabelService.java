package com.vecton.crm.application.service.label;

import com.vecton.crm.application.port.in.label.ShowTaskLabelUseCase;
import com.vecton.crm.application.port.out.TaskLabelRepository;
import com.vecton.crm.domain.label.TaskLabel;
import com.vecton.crm.domain.label.TaskLabelId;
import com.vecton.crm.domain.problem.NotFound;

/** Reads one task label. */
public final class ShowTaskLabelService implements ShowTaskLabelUseCase {
    private final TaskLabelRepository labels;

    public ShowTaskLabelService(TaskLabelRepository labels) {
        this.labels = labels;
    }

    @Override
    public TaskLabel show(TaskLabelId id) {
        return labels.findById(id).orElseThrow(() -> new NotFound(TaskLabelServices.SUBJECT, id));
    }
}
