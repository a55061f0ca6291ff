package com.vecton.crm.domain.label;

import com.vecton.crm.domain.access.PolicyResource;
import com.vecton.crm.domain.access.ResourceAttributes;
import com.vecton.crm.domain.access.ResourceName;
import com.vecton.crm.domain.access.UserId;
import com.vecton.crm.domain.lifecycle.Lifecycle;
import com.vecton.crm.domain.lifecycle.VersionedRecord;
import com.vecton.crm.domain.problem.RuleViolated;
import java.time.Instant;
import java.util.HashMap;
import java.util.Optional;
import java.util.Set;

/**
 * A named colour that tasks can be tagged with. Labels keep no history: deleting one removes it
 * for good (the audit trail still says who deleted what); they count their changes all the same
 * ({@link #version()}, as a {@link Lifecycle} does). Immutable: every change returns a new value.
 */
public final class TaskLabel implements PolicyResource, VersionedRecord {
    /** The type of task labels in resource names, {@code crm:task_labels/{id}}. */
    public static final String RESOURCE_TYPE = "task_labels";

    /**
     * The attributes of {@link #attributes()} a list of labels can be filtered on in the store, so that
     * allows and denies conditioned on them (StringEquals, StringNotEquals) decide a list item by item:
     * all of them.
     */
    public static final Set<String> FILTERABLE = Set.of("created_by");

    /** The error code of a name another label already has (compared case-insensitively). */
    public static final String NAME_TAKEN = "label_name_taken";

    private final TaskLabelId id;
    private final TaskLabelDetails details;
    private final UserId createdBy;
    private final Instant createdAt;
    private final Instant updatedAt;
    private final long version;

    private TaskLabel(
            TaskLabelId id,
            TaskLabelDetails details,
            UserId createdBy,
            Instant createdAt,
            Instant updatedAt,
            long version) {
        if (id == null || details == null || createdAt == null || updatedAt == null) {
            throw new IllegalArgumentException("a task label has an id, details and its times");
        }
        if (version < Lifecycle.FIRST_VERSION) {
            throw new IllegalArgumentException("versions count from " + Lifecycle.FIRST_VERSION + ": " + version);
        }
        this.id = id;
        this.details = details;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.updatedAt = updatedAt;
        this.version = version;
    }

    public static TaskLabel create(TaskLabelId id, TaskLabelDetails details, UserId createdBy, Instant now) {
        return new TaskLabel(id, details, createdBy, now, now, Lifecycle.FIRST_VERSION);
    }

    public static TaskLabel restore(
            TaskLabelId id,
            TaskLabelDetails details,
            UserId createdBy,
            Instant createdAt,
            Instant updatedAt,
            long version) {
        return new TaskLabel(id, details, createdBy, createdAt, updatedAt, version);
    }

    /** The problem of a name that another label has; case does not make a name new. */
    public static RuleViolated nameTaken(String name) {
        return new RuleViolated(NAME_TAKEN, "A label named \"" + name + "\" already exists.");
    }

    public TaskLabel edit(TaskLabelEdit edit, Instant now) {
        return new TaskLabel(id, edit.applyTo(details), createdBy, createdAt, now, version + 1);
    }

    public TaskLabelId id() {
        return id;
    }

    public TaskLabelDetails details() {
        return details;
    }

    /** Empty for labels created before anyone was recorded. */
    public Optional<UserId> createdBy() {
        return Optional.ofNullable(createdBy);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    @Override
    public long version() {
        return version;
    }

    @Override
    public ResourceName resourceName() {
        return ResourceName.item(RESOURCE_TYPE, id.value());
    }

    /** {@code created_by}, when recorded. */
    @Override
    public ResourceAttributes attributes() {
        var values = new HashMap<String, Object>();
        createdBy().ifPresent(user -> values.put("created_by", user.value()));
        return new ResourceAttributes(values);
    }
}
