package com.vecton.crm.application.port.in.time;

import com.vecton.crm.domain.time.TimeEntry;
import com.vecton.crm.domain.time.TimeEntryExport;
import java.util.function.Consumer;

/** Export the live time entries of a bounded period, one by one to a sink (a file being written). */
public interface ExportTimeEntriesUseCase {

    /**
     * Hands every matching entry to {@code sink}, oldest first, without collecting them: an export
     * of a year of a whole team runs in the memory of one entry. Whose entries the caller may
     * export is the caller's decision, made on {@code export.query().owner()} before calling.
     *
     * @param sink runs once per entry while the store reads; what it throws (such as an
     *             {@link java.io.UncheckedIOException} when the client went away) ends the export
     *             and propagates unchanged
     * @return how many entries were exported
     */
    long export(TimeEntryExport export, Consumer<TimeEntry> sink);
}
