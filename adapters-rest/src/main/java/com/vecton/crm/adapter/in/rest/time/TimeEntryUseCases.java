package com.vecton.crm.adapter.in.rest.time;

import com.vecton.crm.application.port.in.lifecycle.DeleteRecordUseCase;
import com.vecton.crm.application.port.in.lifecycle.ListChangesUseCase;
import com.vecton.crm.application.port.in.lifecycle.RestoreRecordUseCase;
import com.vecton.crm.application.port.in.lifecycle.ShowRecordUseCase;
import com.vecton.crm.application.port.in.time.CreateTimeEntryUseCase;
import com.vecton.crm.application.port.in.time.EditTimeEntryUseCase;
import com.vecton.crm.application.port.in.time.ExportTimeEntriesUseCase;
import com.vecton.crm.application.port.in.time.ListTimeEntriesUseCase;
import com.vecton.crm.application.port.in.time.StartTimerUseCase;
import com.vecton.crm.application.port.in.time.StopTimerUseCase;
import com.vecton.crm.domain.time.TimeEntry;
import com.vecton.crm.domain.time.TimeEntryId;
import java.util.Objects;
import java.util.stream.Stream;

/** The in-ports the time entry routes drive, as one part of {@code RestUseCases}. */
public record TimeEntryUseCases(
        CreateTimeEntryUseCase create,
        StartTimerUseCase start,
        StopTimerUseCase stop,
        EditTimeEntryUseCase edit,
        DeleteRecordUseCase<TimeEntryId> delete,
        RestoreRecordUseCase<TimeEntryId, TimeEntry> restore,
        ShowRecordUseCase<TimeEntryId, TimeEntry> show,
        ListTimeEntriesUseCase list,
        ExportTimeEntriesUseCase export,
        ListChangesUseCase<TimeEntry> changes) {
    public TimeEntryUseCases {
        if (Stream.of(create, start, stop, edit, delete, restore, show, list, export, changes)
                .anyMatch(Objects::isNull)) {
            throw new IllegalArgumentException("every time entry use case of the HTTP API is wired");
        }
    }

    /** The time entry routes. */
    public TimeEntryResource resource() {
        return new TimeEntryResource(this);
    }
}
