package com.vecton.crm.application.service.time;

import com.vecton.crm.application.port.in.time.CreateTimeEntryUseCase;
import com.vecton.crm.domain.access.Requester;
import com.vecton.crm.domain.access.UserId;
import com.vecton.crm.domain.audit.AuditEvent;
import com.vecton.crm.domain.audit.Changes;
import com.vecton.crm.domain.time.TimeEntry;
import com.vecton.crm.domain.time.TimeEntryDetails;

/**
 * Records a span and its audit row in one transaction, once the requester may record it for the
 * owner ({@link WhoseTime#admitNew}). Time booked on a task goes on the task's
 * project. Overlap is not looked up first: the store's exclusion constraint decides, also between
 * concurrent creates.
 */
public final class CreateTimeEntryService implements CreateTimeEntryUseCase {
    private final TimeEntryServices s;

    public CreateTimeEntryService(TimeEntryServices services) {
        this.s = services;
    }

    @Override
    public TimeEntry create(Requester who, UserId owner, TimeEntryDetails details) {
        return s.kit().transactions().inTransaction(() -> {
            s.whoseTime().admitNew(who, owner, details.projectId(), details.taskId(), details.billable());
            var now = s.kit().clock().now();
            var booked = details.bookedOn(s.taskProjects());
            var entry = TimeEntry.create(s.entries().nextId(), owner, booked, who.userId(), now);
            s.requireActiveOwner(owner);
            s.requireLiveProject(booked.projectId());
            s.entries().save(entry);
            s.kit()
                    .audit()
                    .record(
                            who.actor(),
                            TimeEntryServices.SUBJECT,
                            entry.id(),
                            AuditEvent.CREATED,
                            Changes.created(TimeEntryServices.createdFields(entry)),
                            now);
            return entry;
        });
    }
}
