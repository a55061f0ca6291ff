package com.vecton.crm.adapter.in.rest.item;

import com.fasterxml.jackson.annotation.JsonIgnore;
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

    /** A versioned record as the API shows it, with its {@code version}, as an item answer carries it. */
    public interface VersionedJson {
        long version();
    }

    /** An item answer ({@code {"data": record}}), tagged with the version of the record it carries. */
    public interface VersionedItem<T extends VersionedJson> extends Versioned {
        T data();

        @Override
        @JsonIgnore
        default long version() {
            return data().version();
        }
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
