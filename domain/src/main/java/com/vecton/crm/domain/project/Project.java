package com.vecton.crm.domain.project;

import com.vecton.crm.domain.access.PolicyResource;
import com.vecton.crm.domain.access.ResourceAttributes;
import com.vecton.crm.domain.access.ResourceName;
import com.vecton.crm.domain.access.UserId;
import com.vecton.crm.domain.lifecycle.KeepsHistory;
import com.vecton.crm.domain.lifecycle.Lifecycle;
import java.time.Instant;
import java.util.HashMap;

/** A piece of work the tenant runs, with a status, dates and an owner. Immutable: every change returns a new value. */
public final class Project implements KeepsHistory, PolicyResource {
    /** The type of projects in resource names, {@code crm:projects/{id}}. */
    public static final String RESOURCE_TYPE = "projects";

    private final ProjectId id;
    private final ProjectDetails details;
    private final Lifecycle lifecycle;

    private Project(ProjectId id, ProjectDetails details, Lifecycle lifecycle) {
        if (id == null || details == null || lifecycle == null) {
            throw new IllegalArgumentException("a project has an id, details and a lifecycle");
        }
        this.id = id;
        this.details = details;
        this.lifecycle = lifecycle;
    }

    public static Project create(ProjectId id, ProjectDetails details, UserId createdBy, Instant now) {
        return new Project(id, details, Lifecycle.begun(createdBy, now));
    }

    public static Project restore(ProjectId id, ProjectDetails details, UserId createdBy, Instant createdAt,
                                  Instant updatedAt, Instant deletedAt) {
        return new Project(id, details, new Lifecycle(createdBy, createdAt, updatedAt, deletedAt));
    }

    public Project edit(ProjectEdit edit, Instant now) {
        return new Project(id, edit.applyTo(details), lifecycle.changed(now));
    }

    public Project delete(Instant now) {
        return new Project(id, details, lifecycle.deleted(now));
    }

    public Project undelete(Instant now) {
        return new Project(id, details, lifecycle.undeleted(now));
    }

    public ProjectId id() {
        return id;
    }

    public ProjectDetails details() {
        return details;
    }

    @Override
    public Lifecycle lifecycle() {
        return lifecycle;
    }

    @Override
    public ResourceName resourceName() {
        return ResourceName.item(RESOURCE_TYPE, id.value());
    }

    /** {@code status} (its API name), {@code owner_id} and {@code created_by} (each when known). */
    @Override
    public ResourceAttributes attributes() {
        var values = new HashMap<String, Object>();
        values.put("status", details.status().apiName());
        if (details.ownerId() != null) {
            values.put("owner_id", details.ownerId().value());
        }
        createdBy().ifPresent(user -> values.put("created_by", user.value()));
        return new ResourceAttributes(values);
    }
}
