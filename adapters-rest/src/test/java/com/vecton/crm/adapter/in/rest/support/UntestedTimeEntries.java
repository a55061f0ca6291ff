package com.vecton.crm.adapter.in.rest.support;

import com.vecton.crm.adapter.in.rest.time.TimeEntryUseCases;

/**
 * Time entry use cases for the in-memory API of these tests: the routes are registered and gated
 * here, while their behaviour, the checks on whose time it is and the CSV export are tested end to
 * end in bootstrap (TimeEntriesEndToEndTest); the CSV writer also by itself (TimeEntryCsvTest).
 */
public final class UntestedTimeEntries {
    private UntestedTimeEntries() {}

    public static TimeEntryUseCases useCases() {
        return new TimeEntryUseCases(
                (who, owner, details) -> {
                    throw untested();
                },
                (who, owner, project, task, note, billable) -> {
                    throw untested();
                },
                (who, id) -> {
                    throw untested();
                },
                (who, id, edit) -> {
                    throw untested();
                },
                (who, id) -> {
                    throw untested();
                },
                (who, id) -> {
                    throw untested();
                },
                (who, id) -> {
                    throw untested();
                },
                (who, owner, query, page) -> {
                    throw untested();
                },
                (who, owner, export) -> {
                    throw untested();
                },
                (who, request) -> {
                    throw untested();
                });
    }

    private static UnsupportedOperationException untested() {
        return new UnsupportedOperationException("time entries are tested end to end");
    }
}
