package com.vecton.crm.application.service.time;

import com.vecton.crm.application.port.in.time.ExportTimeEntriesUseCase;
import com.vecton.crm.application.port.out.TimeEntryRepository;
import com.vecton.crm.domain.time.TimeEntry;
import com.vecton.crm.domain.time.TimeEntryExport;
import java.util.function.Consumer;

/**
 * Streams an export straight from the store to the sink. Nothing is audited: exporting reads, and
 * the activity log records changes.
 */
public final class ExportTimeEntriesService implements ExportTimeEntriesUseCase {
    private final TimeEntryRepository entries;

    public ExportTimeEntriesService(TimeEntryRepository entries) {
        this.entries = entries;
    }

    @Override
    public long export(TimeEntryExport export, Consumer<TimeEntry> sink) {
        return entries.forEachMatching(export.query(), sink);
    }
}
