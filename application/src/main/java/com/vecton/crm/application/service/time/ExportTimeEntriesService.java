package com.vecton.crm.application.service.time;

import com.vecton.crm.application.port.in.time.ExportTimeEntriesUseCase;
import com.vecton.crm.domain.access.Requester;
import com.vecton.crm.domain.access.UserId;
import com.vecton.crm.domain.time.TimeEntryAccess;
import com.vecton.crm.domain.time.TimeEntryExport;
import java.util.Optional;

/**
 * Checks whose entries an export covers as a list does, and the export permission on what they
 * share, then streams it straight from the store to the sink.
 * Nothing is audited: exporting reads, and the activity log records changes.
 */
public final class ExportTimeEntriesService implements ExportTimeEntriesUseCase {
    private final TimeEntryServices s;

    public ExportTimeEntriesService(TimeEntryServices services) {
        this.s = services;
    }

    @Override
    public Export export(Requester who, Optional<UserId> owner, TimeEntryExport export) {
        var scoped = new TimeEntryExport(s.whoseTime().scoped(who, owner, export.query()));
        s.kit().access().authorize(who, TimeEntryAccess.collection(), TimeEntryAccess.sharedBy(scoped.query()));
        return sink -> s.entries().forEachMatching(scoped.query(), sink);
    }
}
