package com.vecton.crm.application.service.time;

import com.vecton.crm.application.port.in.time.StopTimerUseCase;
import com.vecton.crm.domain.access.Requester;
import com.vecton.crm.domain.audit.AuditEvent;
import com.vecton.crm.domain.audit.Changes;
import com.vecton.crm.domain.time.TimeEntry;
import com.vecton.crm.domain.time.TimeEntryId;

/** Stops a running timer under its row lock, so two stops of one timer end it once. */
public final class StopTimerService implements StopTimerUseCase {
    private final TimeEntryServices s;

    public StopTimerService(TimeEntryServices services) {
        this.s = services;
    }

    @Override
    public TimeEntry stop(Requester who, TimeEntryId id) {
        return s.kit().transactions().inTransaction(() -> {
            var current = s.type().lockLive(who, id);
            var now = s.kit().clock().now();
            var stopped = current.stop(now);
            s.entries().save(stopped);
            s.kit()
                    .audit()
                    .record(
                            who.actor(),
                            TimeEntryServices.SUBJECT,
                            id,
                            AuditEvent.STOPPED,
                            Changes.between(
                                    current.details().asFields(),
                                    stopped.details().asFields()),
                            now);
            return stopped;
        });
    }
}
