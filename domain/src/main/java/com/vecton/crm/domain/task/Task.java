package com.vecton.crm.domain.task;

import com.vecton.crm.domain.access.PolicyResource;
import com.vecton.crm.domain.access.ResourceAttributes;
import com.vecton.crm.domain.access.ResourceName;
import com.vecton.crm.domain.access.UserId;
import com.vecton.crm.domain.lifecycle.KeepsHistory;
import com.vecton.crm.domain.lifecycle.Lifecycle;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A piece of work on a project's board: its details, its place in its board column, and when it
 * was completed. Immutable: every change returns a new value. A live task has a position, a
 * deleted one has none; a task is completed exactly while its status is {@code done}.
 */
public final class Task implements KeepsHistory, PolicyResource {
    /** The type of tasks in resource names, {@code crm:tasks/{id}}. */
    public static final String RESOURCE_TYPE = "tasks";

    private final TaskId id;
    private final TaskDetails details;
    private final Integer position;
    private final Instant completedAt;
    private final Lifecycle lifecycle;

    private Task(TaskId id, TaskDetails details, Integer position, Instant completedAt, Lifecycle lifecycle) {
        if (id == null || details == null || lifecycle == null) {
            throw new IllegalArgumentException("a task has an id, details and a lifecycle");
        }
        if (lifecycle.isDeleted() != (position == null)) {
            throw new IllegalArgumentException("a live task has a position and a deleted one has none");
        }
        if (position != null && position < 0) {
            throw new IllegalArgumentException("positions count from 0");
        }
        if ((details.status() == TaskStatus.DONE) != (completedAt != null)) {
            throw new IllegalArgumentException("a task is completed exactly while it is done");
        }
        this.id = id;
        this.details = details;
        this.position = position;
        this.completedAt = completedAt;
        this.lifecycle = lifecycle;
    }

    /** A new task at {@code position} of its column (the end, as the use case computes it). */
    public static Task create(TaskId id, TaskDetails details, int position, UserId createdBy, Instant now) {
        return new Task(
                id,
                details,
                position,
                completedAtFor(details.status(), null, null, now),
                Lifecycle.begun(createdBy, now));
    }

    /** A task as stored. */
    public static Task restore(
            TaskId id,
            TaskDetails details,
            Integer position,
            Instant completedAt,
            UserId createdBy,
            Instant createdAt,
            Instant updatedAt,
            Instant deletedAt,
            long version) {
        return new Task(
                id, details, position, completedAt, new Lifecycle(createdBy, createdAt, updatedAt, deletedAt, version));
    }

    /**
     * The task with the edit applied, placed at {@code newPosition} (its column may have changed).
     * Moving into {@code done} completes it now; moving out of {@code done} clears the completion.
     */
    public Task edit(TaskEdit edit, int newPosition, Instant now) {
        var edited = edit.applyTo(details);
        return new Task(
                id,
                edited,
                newPosition,
                completedAtFor(edited.status(), details.status(), completedAt, now),
                lifecycle.changed(now));
    }

    /** The task moved to {@code newStatus} at {@code newPosition} of that column. */
    public Task move(TaskStatus newStatus, int newPosition, Instant now) {
        return edit(TaskEdit.keepingAll().withStatus(newStatus), newPosition, now);
    }

    /** Soft-deleted: it leaves its column, so it has no position. */
    public Task delete(Instant now) {
        return new Task(id, details, null, completedAt, lifecycle.deleted(now));
    }

    /** Back from a soft delete at {@code newPosition} of its column (the end, as the use case computes it). */
    public Task undelete(int newPosition, Instant now) {
        return new Task(id, details, newPosition, completedAt, lifecycle.undeleted(now));
    }

    private static Instant completedAtFor(TaskStatus status, TaskStatus before, Instant completedBefore, Instant now) {
        if (status != TaskStatus.DONE) {
            return null;
        }
        return before == TaskStatus.DONE ? completedBefore : now;
    }

    public TaskId id() {
        return id;
    }

    public TaskDetails details() {
        return details;
    }

    public BoardColumn column() {
        return details.column();
    }

    /** Empty while deleted. */
    public Optional<Integer> position() {
        return Optional.ofNullable(position);
    }

    public Optional<Instant> completedAt() {
        return Optional.ofNullable(completedAt);
    }

    @Override
    public Lifecycle lifecycle() {
        return lifecycle;
    }

    /** The details' fields plus where the task stands, for the audit trail's before/after. */
    public Map<String, Object> asFields() {
        var fields = new LinkedHashMap<String, Object>(details.asFields());
        fields.put("position", position);
        fields.put("completed_at", completedAt == null ? null : completedAt.toString());
        return fields;
    }

    @Override
    public ResourceName resourceName() {
        return ResourceName.item(RESOURCE_TYPE, id.value());
    }

    /** See {@link TaskAccess}. */
    @Override
    public ResourceAttributes attributes() {
        return TaskAccess.attributesOf(details, lifecycle.createdBy());
    }
}
