package com.vecton.crm.domain.lifecycle;

import com.vecton.crm.domain.access.UserId;
import java.time.Instant;
import java.util.Optional;

/**
 * An entity with a {@link Lifecycle}: who created it and when it was created, last changed and
 * soft-deleted, and its version, read the same way on every such entity.
 */
public interface KeepsHistory extends VersionedRecord {

    Lifecycle lifecycle();

    @Override
    default long version() {
        return lifecycle().version();
    }

    /** Empty for rows created before anyone was recorded (imports, sample data). */
    default Optional<UserId> createdBy() {
        return lifecycle().creator();
    }

    default Instant createdAt() {
        return lifecycle().createdAt();
    }

    default Instant updatedAt() {
        return lifecycle().updatedAt();
    }

    default Optional<Instant> deletedAt() {
        return Optional.ofNullable(lifecycle().deletedAt());
    }

    default boolean isDeleted() {
        return lifecycle().isDeleted();
    }
}
