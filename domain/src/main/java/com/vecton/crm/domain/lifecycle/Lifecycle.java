package com.vecton.crm.domain.lifecycle;

import com.vecton.crm.domain.access.UserId;
import java.time.Instant;
import java.util.Optional;

/**
 * Who created a record and when it was created, last changed and soft-deleted, and how many
 * times it was written: the bookkeeping every entity that keeps its history shares. Deleting is
 * soft ({@code deletedAt}); a deleted record disappears from lists and reads and can be brought back.
 *
 * @param createdBy {@code null} for records created before anyone was recorded (imports, samples)
 * @param deletedAt {@code null} while the record is live
 * @param version   1 when created, one more with every change, delete and restore: what the
 *                  record's {@code ETag} is made of and {@code If-Match} is compared with, so it
 *                  never repeats for one record (the store raises it too for changes made around
 *                  the entity, such as a task's position shifted by another task's move)
 */
public record Lifecycle(UserId createdBy, Instant createdAt, Instant updatedAt, Instant deletedAt, long version) {
    /** The version of a record just created. */
    public static final long FIRST_VERSION = 1;

    public Lifecycle {
        if (createdAt == null || updatedAt == null) {
            throw new IllegalArgumentException("a lifecycle has its creation and last change");
        }
        if (updatedAt.isBefore(createdAt)) {
            throw new IllegalArgumentException("a record cannot change before it is created");
        }
        if (version < FIRST_VERSION) {
            throw new IllegalArgumentException("versions count from " + FIRST_VERSION + ": " + version);
        }
    }

    /** A record created now by this user. */
    public static Lifecycle begun(UserId createdBy, Instant now) {
        return new Lifecycle(createdBy, now, now, null, FIRST_VERSION);
    }

    public Lifecycle changed(Instant now) {
        return new Lifecycle(createdBy, createdAt, now, deletedAt, version + 1);
    }

    public Lifecycle deleted(Instant now) {
        return new Lifecycle(createdBy, createdAt, now, now, version + 1);
    }

    public Lifecycle undeleted(Instant now) {
        return new Lifecycle(createdBy, createdAt, now, null, version + 1);
    }

    public boolean isDeleted() {
        return deletedAt != null;
    }

    public Optional<UserId> creator() {
        return Optional.ofNullable(createdBy);
    }
}
