package com.vecton.crm.application.service.time;

import com.vecton.crm.application.port.in.time.EditTimeEntryUseCase;
import com.vecton.crm.domain.access.Requester;
import com.vecton.crm.domain.audit.AuditEvent;
import com.vecton.crm.domain.audit.Changes;
import com.vecton.crm.domain.time.TimeEntry;
import com.vecton.crm.domain.time.TimeEntryEdit;
import com.vecton.crm.domain.time.TimeEntryId;

/**
 * Applies an edit under a row lock; an edit that changes nothing writes nothing. The project is
 * checked only when the edit changes it, the task only when the edit books the entry on another
 * task or project: an entry on a project or task deleted since stays editable.
 */
public final class EditTimeEntryService implements EditTimeEntryUseCase {
    private final TimeEntryServices s;

    public EditTimeEntryService(TimeEntryServices services) {
        this.s = services;
    }

    @Override
    public TimeEntry edit(Requester who, TimeEntryId id, TimeEntryEdit edit) {
        return s.kit().transactions().inTransaction(() -> {
            var current = s.lockLive(who, id);
            var now = s.kit().clock().now();
            var edited = current.edit(edit, s.taskProjects(), now);
            var changes = Changes.between(current.details().asFields(), edited.details().asFields());
            if (changes.isEmpty()) {
                return current;
            }
            if (changes.fields().containsKey("project_id")) {
                s.requireLiveProject(edited.details().projectId());
            }
            s.entries().save(edited);
            s.kit().audit().record(who.actor(), TimeEntryServices.SUBJECT, id, AuditEvent.UPDATED, changes, now);
            return edited;
        });
    }
}
