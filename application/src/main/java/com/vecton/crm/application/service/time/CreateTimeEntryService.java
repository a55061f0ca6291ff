package com.vecton.crm.application.service.time;

import com.vecton.crm.application.port.in.time.CreateTimeEntryUseCase;
import com.vecton.crm.domain.access.UserId;
import com.vecton.crm.domain.audit.Actor;
import com.vecton.crm.domain.audit.AuditEvent;
import com.vecton.crm.domain.audit.Changes;
import com.vecton.crm.domain.time.TimeEntry;
import com.vecton.crm.domain.time.TimeEntryDetails;

/**
 * Records a span and its audit row in one transaction. Time booked on a task goes on the task's
 * project. Overlap is not looked up first: the store's exclusion constraint decides, also between
 * concurrent creates.
 */
public final class CreateTimeEntryService implements CreateTimeEntryUseCase {
    private final TimeEntryServices s;

    public CreateTimeEntryService(TimeEntryServices services) {
        this.s = services;
    }

    @Override
    public TimeEntry create(Actor actor, UserId owner, TimeEntryDetails details) {
        return s.transactions().inTransaction(() -> {
            var now = s.clock().now();
            var booked = details.bookedOn(s.taskProjects());
            var entry = TimeEntry.create(s.entries().nextId(), owner, booked, actor.userId(), now);
            s.requireActiveOwner(owner);
            s.requireLiveProject(booked.projectId());
            s.entries().save(entry);
            s.audit().record(actor, TimeEntryServices.SUBJECT, entry.id(), AuditEvent.CREATED,
                    Changes.created(TimeEntryServices.createdFields(entry)), now);
            return entry;
        });
    }
}
