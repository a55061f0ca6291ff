package com.vecton.crm.domain.company;

import com.vecton.crm.domain.access.UserId;
import com.vecton.crm.domain.lifecycle.Lifecycle;
import java.time.Instant;
import java.util.Optional;

/** An organisation the tenant does business with. Immutable: every change returns a new value. */
public final class Company {
    private final CompanyId id;
    private final CompanyDetails details;
    private final Lifecycle lifecycle;

    private Company(CompanyId id, CompanyDetails details, Lifecycle lifecycle) {
        if (id == null || details == null || lifecycle == null) {
            throw new IllegalArgumentException("a company has an id, details and a lifecycle");
        }
        this.id = id;
        this.details = details;
        this.lifecycle = lifecycle;
    }

    public static Company create(CompanyId id, CompanyDetails details, UserId createdBy, Instant now) {
        return new Company(id, details, Lifecycle.begun(createdBy, now));
    }

    public static Company restore(CompanyId id, CompanyDetails details, UserId createdBy, Instant createdAt,
                                  Instant updatedAt, Instant deletedAt) {
        return new Company(id, details, new Lifecycle(createdBy, createdAt, updatedAt, deletedAt));
    }

    public Company edit(CompanyEdit edit, Instant now) {
        return new Company(id, edit.applyTo(details), lifecycle.changed(now));
    }

    public Company delete(Instant now) {
        return new Company(id, details, lifecycle.deleted(now));
    }

    public Company undelete(Instant now) {
        return new Company(id, details, lifecycle.undeleted(now));
    }

    public CompanyId id() {
        return id;
    }

    public CompanyDetails details() {
        return details;
    }

    public Lifecycle lifecycle() {
        return lifecycle;
    }

    /** Empty for rows created before anyone was recorded (sample data). */
    public Optional<UserId> createdBy() {
        return lifecycle.creator();
    }

    public Instant createdAt() {
        return lifecycle.createdAt();
    }

    public Instant updatedAt() {
        return lifecycle.updatedAt();
    }

    public Optional<Instant> deletedAt() {
        return Optional.ofNullable(lifecycle.deletedAt());
    }

    public boolean isDeleted() {
        return lifecycle.isDeleted();
    }
}
