package com.vecton.crm.application.service.time;

import com.vecton.crm.application.port.in.time.StartTimerUseCase;
import com.vecton.crm.domain.access.Requester;
import com.vecton.crm.domain.access.UserId;
import com.vecton.crm.domain.audit.AuditEvent;
import com.vecton.crm.domain.audit.Changes;
import com.vecton.crm.domain.project.ProjectId;
import com.vecton.crm.domain.task.TaskId;
import com.vecton.crm.domain.time.TimeEntry;
import com.vecton.crm.domain.time.TimeEntryDetails;

/**
 * Starts a timer and writes its audit row in one transaction. There is no check-then-insert here:
 * the store's unique index on running entries decides between concurrent starts, so exactly one
 * wins and the others get {@code timer_already_running}.
 */
public final class StartTimerService implements StartTimerUseCase {
    private final TimeEntryServices s;

    public StartTimerService(TimeEntryServices services) {
        this.s = services;
    }

    @Override
    public TimeEntry start(Requester who, UserId owner, ProjectId project, TaskId task, String note, boolean billable) {
        return s.kit().transactions().inTransaction(() -> {
            s.whoseTime().admitNew(who, owner, project, task, billable);
            var now = s.kit().clock().now();
            var details = new TimeEntryDetails(project, task, now, null, note, billable).bookedOn(s.taskProjects());
            s.requireActiveOwner(owner);
            s.requireLiveProject(details.projectId());
            var entry = TimeEntry.start(s.entries().nextId(), owner, details, who.userId(), now);
            s.entries().save(entry);
            s.kit()
                    .audit()
                    .record(
                            who.actor(),
                            TimeEntryServices.SUBJECT,
                            entry.id(),
                            AuditEvent.STARTED,
                            Changes.created(TimeEntryServices.createdFields(entry)),
                            now);
            return entry;
        });
    }
}
