package com.vecton.crm.application.service.project;

import com.vecton.crm.application.port.in.project.EditProjectUseCase;
import com.vecton.crm.domain.access.Requester;
import com.vecton.crm.domain.audit.AuditEvent;
import com.vecton.crm.domain.audit.Changes;
import com.vecton.crm.domain.project.Project;
import com.vecton.crm.domain.project.ProjectEdit;
import com.vecton.crm.domain.project.ProjectId;

/**
 * Applies an edit under a row lock, once the requester's policies hold on the project as locked; an
 * edit that changes nothing writes nothing. The owner is
 * checked only when the edit changes it: a project whose owner has since left stays editable.
 */
public final class EditProjectService implements EditProjectUseCase {
    private final ProjectServices s;

    public EditProjectService(ProjectServices services) {
        this.s = services;
    }

    @Override
    public Project edit(Requester who, ProjectId id, ProjectEdit edit) {
        return s.kit().transactions().inTransaction(() -> {
            var current = s.lockLive(who, id);
            var now = s.kit().clock().now();
            var edited = current.edit(edit, now);
            var changes = Changes.between(current.details().asFields(), edited.details().asFields());
            if (changes.isEmpty()) {
                return current;
            }
            if (changes.fields().containsKey("owner_id")) {
                OwnerReference.requireActive(s.users(), edited.details());
            }
            s.projects().save(edited);
            s.kit().audit().record(who.actor(), ProjectServices.SUBJECT, id, AuditEvent.UPDATED, changes, now);
            return edited;
        });
    }
}
