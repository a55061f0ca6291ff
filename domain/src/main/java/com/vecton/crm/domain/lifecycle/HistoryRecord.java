package com.vecton.crm.domain.lifecycle;

import com.vecton.crm.domain.access.PolicyResource;
import com.vecton.crm.domain.access.ResourceName;
import java.time.Instant;

/**
 * What every entity that is its details plus a {@link Lifecycle} shares (contacts, companies,
 * projects, ...): its id, its details, its lifecycle, and the bookkeeping of a change, a soft
 * delete and a restore. Immutable: every change returns a new value, made by the entity itself
 * ({@link #with}), so each entity keeps its private constructor and its named factories, and
 * writes only its own rules (how an edit applies, what policies may test).
 *
 * @param <I> the entity's id
 * @param <D> what a user may set on it
 * @param <E> the entity itself
 */
public abstract class HistoryRecord<I extends RecordId, D, E extends HistoryRecord<I, D, E>>
        implements KeepsHistory, PolicyResource {
    private final I id;
    private final D details;
    private final Lifecycle lifecycle;

    protected HistoryRecord(I id, D details, Lifecycle lifecycle) {
        if (id == null || details == null || lifecycle == null) {
            throw new IllegalArgumentException(
                    "a " + getClass().getSimpleName() + " has an id, details and a lifecycle");
        }
        this.id = id;
        this.details = details;
        this.lifecycle = lifecycle;
    }

    /** The same record with these details and this lifecycle: the entity's own constructor. */
    protected abstract E with(D details, Lifecycle lifecycle);

    /** The type of this entity in resource names, {@code crm:{type}/{id}}. */
    protected abstract String resourceType();

    /** These details, changed now. */
    protected final E changedTo(D newDetails, Instant now) {
        return with(newDetails, lifecycle.changed(now));
    }

    /** Soft-deleted now: it leaves lists and reads, and can be restored. */
    public final E delete(Instant now) {
        return with(details, lifecycle.deleted(now));
    }

    /** Back from a soft delete, now. */
    public final E undelete(Instant now) {
        return with(details, lifecycle.undeleted(now));
    }

    public final I id() {
        return id;
    }

    public final D details() {
        return details;
    }

    @Override
    public final Lifecycle lifecycle() {
        return lifecycle;
    }

    @Override
    public final ResourceName resourceName() {
        return ResourceName.item(resourceType(), id.value());
    }
}
