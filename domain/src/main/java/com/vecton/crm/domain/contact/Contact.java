package com.vecton.crm.domain.contact;

import com.vecton.crm.domain.access.UserId;
import java.time.Instant;
import java.util.Optional;

/** A person the tenant does business with. Immutable: every change returns a new value. */
public final class Contact {
    private final ContactId id;
    private final ContactDetails details;
    private final UserId createdBy;
    private final Instant createdAt;
    private final Instant updatedAt;
    private final Instant deletedAt;

    private Contact(ContactId id, ContactDetails details, UserId createdBy, Instant createdAt, Instant updatedAt,
                    Instant deletedAt) {
        if (id == null || details == null || createdAt == null || updatedAt == null) {
            throw new IllegalArgumentException("a contact has an id, details and timestamps");
        }
        this.id = id;
        this.details = details;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.updatedAt = updatedAt;
        this.deletedAt = deletedAt;
    }

    public static Contact create(ContactId id, ContactDetails details, UserId createdBy, Instant now) {
        return new Contact(id, details, createdBy, now, now, null);
    }

    public static Contact restore(ContactId id, ContactDetails details, UserId createdBy, Instant createdAt,
                                  Instant updatedAt, Instant deletedAt) {
        return new Contact(id, details, createdBy, createdAt, updatedAt, deletedAt);
    }

    public Contact edit(ContactEdit edit, Instant now) {
        return new Contact(id, edit.applyTo(details), createdBy, createdAt, now, deletedAt);
    }

    public Contact delete(Instant now) {
        return new Contact(id, details, createdBy, createdAt, now, now);
    }

    public Contact undelete(Instant now) {
        return new Contact(id, details, createdBy, createdAt, now, null);
    }

    public ContactId id() {
        return id;
    }

    public ContactDetails details() {
        return details;
    }

    /** {@code null} for rows created before anyone was recorded (sample data). */
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
