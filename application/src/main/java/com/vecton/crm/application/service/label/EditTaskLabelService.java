package com.vecton.crm.application.service.label;

import com.vecton.crm.application.port.in.label.EditTaskLabelUseCase;
import com.vecton.crm.application.service.lifecycle.RecordWrites;
import com.vecton.crm.domain.access.Requester;
import com.vecton.crm.domain.label.TaskLabel;
import com.vecton.crm.domain.label.TaskLabelEdit;
import com.vecton.crm.domain.label.TaskLabelId;

/**
 * Renames or recolours a label ({@link RecordWrites}). A name another label has is found by the save
 * itself (a unique index), as on create.
 */
public final class EditTaskLabelService implements EditTaskLabelUseCase {
    private final TaskLabelServices s;

    public EditTaskLabelService(TaskLabelServices services) {
        this.s = services;
    }

    @Override
    public TaskLabel edit(Requester who, TaskLabelId id, TaskLabelEdit edit) {
        return s.writes().edit(who, id, (label, now) -> label.edit(edit, now), RecordWrites.nothingChangedToCheck());
    }
}
