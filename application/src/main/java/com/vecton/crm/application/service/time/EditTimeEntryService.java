package com.vecton.crm.application.service.time;

import com.vecton.crm.application.port.in.time.EditTimeEntryUseCase;
import com.vecton.crm.domain.access.Requester;
import com.vecton.crm.domain.time.TimeEntry;
import com.vecton.crm.domain.time.TimeEntryEdit;
import com.vecton.crm.domain.time.TimeEntryId;

/**
 * Edits a time entry ({@link com.vecton.crm.application.service.lifecycle.RecordWrites}; whose it may be,
 * {@link WhoseTime}). The project is checked only when the edit changes it, the task only when the
 * edit books the entry on another task or project: an entry on a project or task deleted since stays editable.
 */
public final class EditTimeEntryService implements EditTimeEntryUseCase {
    private final TimeEntryServices s;

    public EditTimeEntryService(TimeEntryServices services) {
        this.s = services;
    }

    @Override
    public TimeEntry edit(Requester who, TimeEntryId id, TimeEntryEdit edit) {
        return s.writes().edit(who, id, (entry, now) -> entry.edit(edit, s.taskProjects(), now), (edited, changes) -> {
            if (changes.fields().containsKey("project_id")) {
                s.requireLiveProject(edited.details().projectId());
            }
        });
    }
}
