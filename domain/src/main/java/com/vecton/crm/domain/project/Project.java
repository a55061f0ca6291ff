package com.vecton.crm.domain.project;

import com.vecton.crm.domain.access.UserId;
import com.vecton.crm.domain.lifecycle.KeepsHistory;
import com.vecton.crm.domain.lifecycle.Lifecycle;
import java.time.Instant;

/** A piece of work the tenant runs, with a status, dates and an owner. Immutable: every change returns a new value. */
public final class Project implements KeepsHistory {
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
}
