package com.vecton.crm.application.port.in.time;

import com.vecton.crm.domain.access.Requester;
import com.vecton.crm.domain.access.UserId;
import com.vecton.crm.domain.time.TimeEntry;
import com.vecton.crm.domain.time.TimeEntryExport;
import java.util.Optional;
import java.util.function.Consumer;

/** Export the live time entries of a bounded period, one by one to a sink (a file being written). */
public interface ExportTimeEntriesUseCase {

    /**
     * Decides whose entries the export covers, as a list does, and checks it; nothing is read yet,
     * so a refusal comes before the first byte of a download.
     *
     * @param owner whose entries: another user's needs {@code time_entries.manage}; absent,
     *              everybody's for a requester with it, else the requester's own
     * @throws com.vecton.crm.domain.problem.Forbidden when the requester may not export these entries
     */
    Export export(Requester who, Optional<UserId> owner, TimeEntryExport export);

    /** A checked export, waiting to be written. */
    interface Export {
        /**
         * Hands every matching entry to {@code sink}, oldest first, without collecting them: an
         * export of a year of a whole team runs in the memory of one entry.
         *
         * @param sink runs once per entry while the store reads; what it throws (such as an
         *             {@link java.io.UncheckedIOException} when the client went away) ends the export
         *             and propagates unchanged
         * @return how many entries were exported
         */
        long writeTo(Consumer<TimeEntry> sink);
    }
}
