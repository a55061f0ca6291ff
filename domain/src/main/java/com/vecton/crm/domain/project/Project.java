package com.vecton.crm.domain.project;

import com.vecton.crm.domain.access.ResourceAttributes;
import com.vecton.crm.domain.access.UserId;
import com.vecton.crm.domain.lifecycle.HistoryRecord;
import com.vecton.crm.domain.lifecycle.Lifecycle;
import java.time.Instant;
import java.util.HashMap;
import java.util.Set;

/** A piece of work the tenant runs, with a status, dates and an owner. Immutable: every change returns a new value. */
public final class Project extends HistoryRecord<ProjectId, ProjectDetails, Project> {
    /** The type of projects in resource names, {@code crm:projects/{id}}. */
    public static final String RESOURCE_TYPE = "projects";

    /**
     * The attributes of {@link #attributes()} a list of projects can be filtered on in the store, so that
     * allows and denies conditioned on them (StringEquals, StringNotEquals) decide a list item by item:
     * all of them.
     */
    public static final Set<String> FILTERABLE = Set.of("created_by", "owner_id", "status");

    private Project(ProjectId id, ProjectDetails details, Lifecycle lifecycle) {
        super(id, details, lifecycle);
    }

    public static Project create(ProjectId id, ProjectDetails details, UserId createdBy, Instant now) {
        return new Project(id, details, Lifecycle.begun(createdBy, now));
    }

    public static Project restore(
            ProjectId id,
            ProjectDetails details,
            UserId createdBy,
            Instant createdAt,
            Instant updatedAt,
            Instant deletedAt,
            long version) {
        return new Project(id, details, new Lifecycle(createdBy, createdAt, updatedAt, deletedAt, version));
    }

    public Project edit(ProjectEdit edit, Instant now) {
        return changedTo(edit.applyTo(details()), now);
    }

    @Override
    protected Project with(ProjectDetails details, Lifecycle lifecycle) {
        return new Project(id(), details, lifecycle);
    }

    @Override
    protected String resourceType() {
        return RESOURCE_TYPE;
    }

    /** {@code status} (its API name), {@code owner_id} and {@code created_by} (each when known). */
    @Override
    public ResourceAttributes attributes() {
        var values = new HashMap<String, Object>();
        values.put("status", details().status().apiName());
        if (details().ownerId() != null) {
            values.put("owner_id", details().ownerId().value());
        }
        createdBy().ifPresent(user -> values.put("created_by", user.value()));
        return new ResourceAttributes(values);
    }
}
