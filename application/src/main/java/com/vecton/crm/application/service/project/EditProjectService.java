package com.vecton.crm.application.service.project;

import com.vecton.crm.application.port.in.project.EditProjectUseCase;
import com.vecton.crm.domain.access.Requester;
import com.vecton.crm.domain.project.Project;
import com.vecton.crm.domain.project.ProjectEdit;
import com.vecton.crm.domain.project.ProjectId;

/**
 * Edits a project ({@link com.vecton.crm.application.service.lifecycle.RecordWrites}). The owner is
 * checked only when the edit changes it: a project whose owner has since left stays editable.
 */
public final class EditProjectService implements EditProjectUseCase {
    private final ProjectServices s;

    public EditProjectService(ProjectServices services) {
        this.s = services;
    }

    @Override
    public Project edit(Requester who, ProjectId id, ProjectEdit edit) {
        return s.writes().edit(who, id, (project, now) -> project.edit(edit, now), (edited, changes) -> {
            if (changes.fields().containsKey("owner_id")) {
                OwnerReference.requireActive(s.users(), edited.details());
            }
        });
    }
}
