package com.vecton.crm.domain.time;

import com.vecton.crm.domain.access.PolicyResource;
import com.vecton.crm.domain.access.ResourceAttributes;
import com.vecton.crm.domain.access.ResourceName;
import com.vecton.crm.domain.access.UserId;
import com.vecton.crm.domain.lifecycle.KeepsHistory;
import com.vecton.crm.domain.lifecycle.Lifecycle;
import com.vecton.crm.domain.problem.RuleViolated;
import com.vecton.crm.domain.problem.ValidationFailed;
import java.time.Instant;

/**
 * Time a user spent on a project: a closed span, or a running timer with no end yet. Immutable:
 * every change returns a new value. Deleting is soft, because entries are history that invoices
 * and reports were built on; a deleted entry can be restored if it still fits the user's day.
 *
 * <p>Two rules span entries and are kept by the store, where concurrent requests cannot slip past
 * them: a user's live entries never overlap ({@link #overlap()}), and a user has at most one
 * running timer ({@link #timerAlreadyRunning()}).
 */
public final class TimeEntry implements KeepsHistory, PolicyResource {
    /** The type of time entries in resource names, {@code crm:time_entries/{id}}. */
    public static final String RESOURCE_TYPE = "time_entries";
    /** The stable error codes of the two invariants and of stopping an entry that has an end. */
    public static final String OVERLAP = "time_entry_overlap";

    public static final String TIMER_ALREADY_RUNNING = "timer_already_running";
    public static final String TIMER_NOT_RUNNING = "timer_not_running";

    private final TimeEntryId id;
    private final UserId owner;
    private final TimeEntryDetails details;
    private final Lifecycle lifecycle;

    private TimeEntry(TimeEntryId id, UserId owner, TimeEntryDetails details, Lifecycle lifecycle) {
        if (id == null || owner == null || details == null || lifecycle == null) {
            throw new IllegalArgumentException("a time entry has an id, an owner, details and a lifecycle");
        }
        if (!details.hasProject()) {
            throw new IllegalArgumentException("a time entry is on a project: book details on their task first");
        }
        this.id = id;
        this.owner = owner;
        this.details = details;
        this.lifecycle = lifecycle;
    }

    /** A span recorded after the fact; it must have an end (running entries come from {@link #start}). */
    public static TimeEntry create(
            TimeEntryId id, UserId owner, TimeEntryDetails details, UserId createdBy, Instant now) {
        if (details.isRunning()) {
            throw ValidationFailed.of("ended_at", "is required");
        }
        return new TimeEntry(id, owner, details, Lifecycle.begun(createdBy, now));
    }

    /** A timer started now: a running entry from now on, with no end. */
    public static TimeEntry start(
            TimeEntryId id, UserId owner, TimeEntryDetails details, UserId createdBy, Instant now) {
        if (!details.isRunning() || !details.startedAt().equals(now)) {
            throw new IllegalArgumentException("a timer starts now and has no end yet");
        }
        return new TimeEntry(id, owner, details, Lifecycle.begun(createdBy, now));
    }

    public static TimeEntry restore(
            TimeEntryId id,
            UserId owner,
            TimeEntryDetails details,
            UserId createdBy,
            Instant createdAt,
            Instant updatedAt,
            Instant deletedAt,
            long version) {
        return new TimeEntry(id, owner, details, new Lifecycle(createdBy, createdAt, updatedAt, deletedAt, version));
    }

    /** The overlap rule as clients see it refused (422). */
    public static RuleViolated overlap() {
        return new RuleViolated(OVERLAP, "This time overlaps another entry of the same user.");
    }

    /** The one-running-timer rule as clients see it refused (422). */
    public static RuleViolated timerAlreadyRunning() {
        return new RuleViolated(TIMER_ALREADY_RUNNING, "This user already has a running timer; stop it first.");
    }

    /**
     * The edited entry. A stopped entry keeps an end: clearing it would turn history into a running
     * timer behind the timer's back (start a timer for that). {@code tasks} is asked only when the
     * edit books the entry on another task or project ({@link TimeEntryEdit#applyTo}).
     */
    public TimeEntry edit(TimeEntryEdit edit, TaskProjects tasks, Instant now) {
        var edited = edit.applyTo(details, tasks);
        if (!isRunning() && edited.isRunning()) {
            throw ValidationFailed.of("ended_at", "cannot be cleared on a stopped entry");
        }
        return new TimeEntry(id, owner, edited, lifecycle.changed(now));
    }

    /**
     * The timer stopped now.
     *
     * @throws RuleViolated     {@code timer_not_running} when the entry has an end already
     * @throws ValidationFailed on {@code ended_at} when its start was edited to now or later
     */
    public TimeEntry stop(Instant now) {
        if (!isRunning()) {
            throw new RuleViolated(TIMER_NOT_RUNNING, "Time entry " + id + " is not a running timer.");
        }
        return new TimeEntry(id, owner, details.endedAt(now), lifecycle.changed(now));
    }

    public TimeEntry delete(Instant now) {
        return new TimeEntry(id, owner, details, lifecycle.deleted(now));
    }

    public TimeEntry undelete(Instant now) {
        return new TimeEntry(id, owner, details, lifecycle.undeleted(now));
    }

    public TimeEntryId id() {
        return id;
    }

    /** The user whose time this is; never changes. */
    public UserId owner() {
        return owner;
    }

    public TimeEntryDetails details() {
        return details;
    }

    @Override
    public Lifecycle lifecycle() {
        return lifecycle;
    }

    public boolean isRunning() {
        return details.isRunning();
    }

    @Override
    public ResourceName resourceName() {
        return ResourceName.item(RESOURCE_TYPE, id.value());
    }

    /** See {@link TimeEntryAccess}. */
    @Override
    public ResourceAttributes attributes() {
        return TimeEntryAccess.attributesOfNew(
                owner, details.projectId(), details.taskId(), details.billable(), lifecycle.createdBy());
    }
}
