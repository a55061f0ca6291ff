package com.vecton.crm.adapter.in.rest.support;

import com.vecton.crm.adapter.in.rest.time.TimeEntryUseCases;
import com.vecton.crm.application.port.in.time.ShowTimeEntryUseCase;
import com.vecton.crm.domain.time.TimeEntry;
import com.vecton.crm.domain.time.TimeEntryId;

/**
 * Time entry use cases for the in-memory API of these tests: the routes are registered and gated
 * here, while their behaviour, the checks on whose time it is and the CSV export are tested end to
 * end in bootstrap (TimeEntriesEndToEndTest); the CSV writer also by itself (TimeEntryCsvTest).
 */
public final class UntestedTimeEntries {
    private UntestedTimeEntries() {
    }

    public static TimeEntryUseCases useCases() {
        return new TimeEntryUseCases(
                UntestedAccess.onResource(), (actor, owner, details) -> {
                    throw untested();
                }, (actor, owner, project, task, note, billable) -> {
                    throw untested();
                }, (actor, id) -> {
                    throw untested();
                }, (actor, id, edit) -> {
                    throw untested();
                }, (actor, id) -> {
                    throw untested();
                }, (actor, id) -> {
                    throw untested();
                }, new ShowTimeEntryUseCase() {
                    @Override
                    public TimeEntry show(TimeEntryId id) {
                        throw untested();
                    }

                    @Override
                    public TimeEntry showLiveOrDeleted(TimeEntryId id) {
                        throw untested();
                    }
                }, (query, page) -> {
                    throw untested();
                }, (export, sink) -> {
                    throw untested();
                });
    }

    private static UnsupportedOperationException untested() {
        return new UnsupportedOperationException("time entries are tested end to end");
    }
}
