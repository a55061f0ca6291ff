package com.vecton.crm.adapter.out.persistence.time;

import static com.vecton.crm.domain.testing.ProjectDetailsBuilder.aProject;
import static com.vecton.crm.domain.testing.TimeEntryDetailsBuilder.aTimeEntry;

import com.vecton.crm.adapter.out.persistence.Persistence;
import com.vecton.crm.adapter.out.persistence.testing.RecordStoreContract;
import com.vecton.crm.application.port.out.RecordStore;
import com.vecton.crm.domain.edit.FieldEdit;
import com.vecton.crm.domain.project.Project;
import com.vecton.crm.domain.project.ProjectId;
import com.vecton.crm.domain.time.TimeEntry;
import com.vecton.crm.domain.time.TimeEntryEdit;
import com.vecton.crm.domain.time.TimeEntryId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The store contract on time entries (an hour of the contract creator's, on a project). */
class TimeEntryStoreContractTest extends RecordStoreContract<TimeEntryId, TimeEntry> {
    private ProjectId project;

    @Override
    protected String table() {
        return "time_entries";
    }

    @Override
    protected RecordStore<TimeEntryId, TimeEntry> storeOn(Persistence db) {
        return db.timeEntries();
    }

    @Override
    protected void prepare(Persistence db) {
        project = db.projects().nextId();
        db.projects().save(Project.create(project, aProject().build(), CREATOR, T0));
    }

    @Override
    protected TimeEntry newRecord(TimeEntryId id) {
        return TimeEntry.create(
                id, CREATOR, aTimeEntry(project).noted("Kick-off").billable().build(), CREATOR, T0);
    }

    @Override
    protected TimeEntry changed(TimeEntry entry, Instant now) {
        return entry.edit(
                new TimeEntryEdit(
                        FieldEdit.keep(),
                        FieldEdit.keep(),
                        FieldEdit.keep(),
                        FieldEdit.keep(),
                        FieldEdit.set("Kick-off and minutes"),
                        FieldEdit.keep()),
                task -> {
                    throw new AssertionError("the edit books on no task");
                },
                now);
    }

    @Override
    protected TimeEntryId idOf(TimeEntry entry) {
        return entry.id();
    }

    @Override
    protected Object stateOf(TimeEntry entry) {
        return List.of(entry.id(), entry.owner(), entry.details(), entry.lifecycle());
    }

    @Override
    protected Optional<TimeEntry> deleted(TimeEntry entry, Instant now) {
        return Optional.of(entry.delete(now));
    }

    @Override
    protected TimeEntry restored(TimeEntry entry, Instant now) {
        return entry.undelete(now);
    }
}
