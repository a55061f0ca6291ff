package com.vecton.crm.domain.lifecycle;

import com.vecton.crm.domain.access.UserId;
import java.time.Instant;
import java.util.Optional;

/**
 * Who created a record and when it was created, last changed and soft-deleted: the bookkeeping
 * every entity that keeps its history shares. Deleting is soft ({@code deletedAt}); a deleted
 * record disappears from lists and reads and can be brought back.
 *
 * @param createdBy {@code null} for records created before anyone was recorded (imports, samples)
 * @param deletedAt {@code null} while the record is live
 */
public record Lifecycle(UserId createdBy, Instant createdAt, Instant updatedAt, Instant deletedAt) {
    public Lifecycle {
        if (createdAt == null || updatedAt == null) {
            throw new IllegalArgumentException("a lifecycle has its creation and last change");
        }
        if (updatedAt.isBefore(createdAt)) {
            throw new IllegalArgumentException("a record cannot change before it is created");
        }
    }

    /** A record created now by this user. */
    public static Lifecycle begun(UserId createdBy, Instant now) {
        return new Lifecycle(createdBy, now, now, null);
    }

    public Lifecycle changed(Instant now) {
        return new Lifecycle(createdBy, createdAt, now, deletedAt);
    }

    public Lifecycle deleted(Instant now) {
        return new Lifecycle(createdBy, createdAt, now, now);
    }

    public Lifecycle undeleted(Instant now) {
        return new Lifecycle(createdBy, createdAt, now, null);
    }

    public boolean isDeleted() {
        return deletedAt != null;
    }

    public Optional<UserId> creator() {
        return Optional.ofNullable(createdBy);
    }
}
