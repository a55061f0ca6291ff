package com.vecton.crm.application.service.time;

import com.vecton.crm.application.port.out.ProjectRepository;
import com.vecton.crm.application.port.out.TaskRepository;
import com.vecton.crm.application.port.out.TenantUsers;
import com.vecton.crm.application.port.out.TimeEntryRepository;
import com.vecton.crm.application.service.lifecycle.ListChangesService;
import com.vecton.crm.application.service.lifecycle.RecordType;
import com.vecton.crm.application.service.lifecycle.RecordWrites;
import com.vecton.crm.application.service.lifecycle.UseCaseKit;
import com.vecton.crm.application.service.lifecycle.VisibleRecords;
import com.vecton.crm.domain.access.Permission;
import com.vecton.crm.domain.access.Requester;
import com.vecton.crm.domain.access.UserId;
import com.vecton.crm.domain.problem.ValidationFailed;
import com.vecton.crm.domain.project.ProjectId;
import com.vecton.crm.domain.time.TaskProjects;
import com.vecton.crm.domain.time.TimeEntry;
import com.vecton.crm.domain.time.TimeEntryAccess;
import com.vecton.crm.domain.time.TimeEntryId;
import com.vecton.crm.domain.time.TimeEntryQuery;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** What every time entry use case needs from the outside; one value so wiring stays short. */
public record TimeEntryServices(
        TimeEntryRepository entries,
        ProjectRepository projects,
        TaskRepository tasks,
        TenantUsers users,
        UseCaseKit kit) {
    /** The subject type of time entries in the audit trail. */
    public static final String SUBJECT = "time_entry";

    /**
     * What opening one entry needs ({@code GET /api/time-entries/{id}} is a {@code time_entries.list}
     * route), and so what a list of entries needs on each of them, besides whose they are ({@link WhoseTime}).
     */
    public static final Permission VIEW = new Permission("time_entries.list");

    /**
     * Time entries as the lifecycle use cases see them. A deleted entry (a running timer too: it is
     * gone, not stopped) leaves lists, totals and the overlap rule; a restored one meets the rule again.
     */
    public RecordType<TimeEntryId, TimeEntry> type() {
        return RecordType.softDeleted(SUBJECT, entries, this::admit, TimeEntry::delete, TimeEntry::undelete);
    }

    /** The steps of a create and an edit that are the same for every entity, on time entrys; their audit rows compare the details. */
    public RecordWrites<TimeEntryId, TimeEntry> writes() {
        return new RecordWrites<>(type(), kit, timeEntry -> timeEntry.details().asFields());
    }

    /** Which entries of those a list covers it may show: those the requester could open. */
    VisibleRecords visible() {
        return kit.visible(TimeEntry.RESOURCE_TYPE, VIEW, TimeEntryAccess.FILTERABLE);
    }

    /**
     * The changes feed of time entries shows what the list without {@code user_id} shows: the
     * entries of everybody for a requester who may manage all of them, else the requester's own
     * ({@link WhoseTime#scoped}), and of those the ones the requester could open.
     */
    public ListChangesService.Feed<TimeEntry> changesFeed() {
        return who -> {
            var scope = whoseTime().scoped(who, Optional.empty(), TimeEntryQuery.all());
            var seen = visible().of(who, TimeEntryAccess.collection(), TimeEntryAccess.sharedBy(scope));
            return (after, limit) -> entries.changesAfter(scope.owner(), after, seen, limit);
        };
    }

    /** Whose time a requester may touch ({@link WhoseTime}). */
    WhoseTime whoseTime() {
        return new WhoseTime(kit);
    }

    /** Refuses unless the requester may act on this loaded entry ({@link WhoseTime#admit}). */
    void admit(Requester who, TimeEntry entry) {
        whoseTime().admit(who, entry);
    }

    /**
     * The rule that time is booked on a live project. Not locked: a project deleted a moment later
     * keeps its entries as history, as it keeps them when deleted at any other time.
     */
    void requireLiveProject(ProjectId project) {
        if (projects.findById(project).isEmpty()) {
            throw ValidationFailed.of("project_id", "must be a live project");
        }
    }

    /**
     * The projects of live tasks, for booking time on a task. Not locked, as projects are not: a
     * task deleted or moved a moment later keeps the time booked on it as history.
     */
    TaskProjects taskProjects() {
        return task -> tasks.findById(task).map(t -> t.details().projectId()).orElseThrow(TaskProjects::notALiveTask);
    }

    /** The rule that time belongs to a known, active user (the store refers to the user mirror). */
    void requireActiveOwner(UserId owner) {
        if (!users.isActive(owner)) {
            throw ValidationFailed.of("user_id", "must be an active user of this tenant");
        }
    }

    /** A new entry's audit fields: its owner, then its details. */
    static Map<String, Object> createdFields(TimeEntry entry) {
        var fields = new LinkedHashMap<String, Object>();
        fields.put("user_id", entry.owner().value());
        fields.putAll(entry.details().asFields());
        return fields;
    }
}
