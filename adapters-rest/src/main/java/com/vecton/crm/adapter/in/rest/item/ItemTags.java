package com.vecton.crm.adapter.in.rest.item;

import jakarta.ws.rs.core.EntityTag;
import java.util.Optional;

/**
 * The strong entity tag of an item answer ({@code {"data": record}}): its record's version, which
 * every change increments in the row. Written once, so that the {@code ETag} of a fresh answer,
 * of a replayed one (Idempotency-Key) and the comparison of {@code If-Match} and
 * {@code If-None-Match} all agree on one form: {@code "<version>"}.
 */
public final class ItemTags {
    private ItemTags() {}

    /** An item answer whose record carries a version. */
    public interface Versioned {
        long version();
    }

    /** The tag of an answer's entity, when it is a versioned item. */
    public static Optional<EntityTag> of(Object entity) {
        return entity instanceof Versioned item ? Optional.of(of(item.version())) : Optional.empty();
    }

    /** The tag of a record at this version. */
    public static EntityTag of(long version) {
        return new EntityTag(Long.toString(version));
    }

    /**
     * The {@code ETag} header of a record at this version, as text: {@link #of}'s form, written
     * without Jersey's header delegate, which builds a localised error message for every tag it
     * writes (0.8 % of a get-by-id's CPU samples, bench/results-2026-12-01-floor.md).
     */
    public static String header(long version) {
        return "\"" + version + "\"";
    }
}
