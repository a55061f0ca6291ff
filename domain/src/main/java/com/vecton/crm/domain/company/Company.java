package com.vecton.crm.domain.company;

import com.vecton.crm.domain.access.UserId;
import java.time.Instant;
import java.util.Optional;

/** An organisation the tenant does business with. Immutable: every change returns a new value. */
public final class Company {
    private final CompanyId id;
    private final CompanyDetails details;
    private final UserId createdBy;
    private final Instant createdAt;
    private final Instant updatedAt;
    private final Instant deletedAt;

    private Company(CompanyId id, CompanyDetails details, UserId createdBy, Instant createdAt, Instant updatedAt,
                    Instant deletedAt) {
        if (id == null || details == null || createdAt == null || updatedAt == null) {
            throw new IllegalArgumentException("a company has an id, details and timestamps");
        }
        this.id = id;
        this.details = details;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.updatedAt = updatedAt;
        this.deletedAt = deletedAt;
    }

    public static Company create(CompanyId id, CompanyDetails details, UserId createdBy, Instant now) {
        return new Company(id, details, createdBy, now, now, null);
    }

    public static Company restore(CompanyId id, CompanyDetails details, UserId createdBy, Instant createdAt,
                                  Instant updatedAt, Instant deletedAt) {
        return new Company(id, details, createdBy, createdAt, updatedAt, deletedAt);
    }

    public Company edit(CompanyEdit edit, Instant now) {
        return new Company(id, edit.applyTo(details), createdBy, createdAt, now, deletedAt);
    }

    public Company delete(Instant now) {
        return new Company(id, details, createdBy, createdAt, now, now);
    }

    public Company undelete(Instant now) {
        return new Company(id, details, createdBy, createdAt, now, null);
    }

    public CompanyId id() {
        return id;
    }

    public CompanyDetails details() {
        return details;
    }

    public Optional<UserId> createdBy() {
        return Optional.ofNullable(createdBy);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public Optional<Instant> deletedAt() {
        return Optional.ofNullable(deletedAt);
    }

    public boolean isDeleted() {
        return deletedAt != null;
    }
}
