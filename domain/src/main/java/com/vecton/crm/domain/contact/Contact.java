package com.vecton.crm.domain.contact;

import com.vecton.crm.domain.access.PolicyResource;
import com.vecton.crm.domain.access.ResourceAttributes;
import com.vecton.crm.domain.access.ResourceName;
import com.vecton.crm.domain.access.UserId;
import com.vecton.crm.domain.lifecycle.KeepsHistory;
import com.vecton.crm.domain.lifecycle.Lifecycle;
import java.time.Instant;
import java.util.HashMap;

/** A person the tenant does business with. Immutable: every change returns a new value. */
public final class Contact implements KeepsHistory, PolicyResource {
    /** The type of contacts in resource names, {@code crm:contacts/{id}}. */
    public static final String RESOURCE_TYPE = "contacts";

    private final ContactId id;
    private final ContactDetails details;
    private final Lifecycle lifecycle;

    private Contact(ContactId id, ContactDetails details, Lifecycle lifecycle) {
        if (id == null || details == null || lifecycle == null) {
            throw new IllegalArgumentException("a contact has an id, details and a lifecycle");
        }
        this.id = id;
        this.details = details;
        this.lifecycle = lifecycle;
    }

    public static Contact create(ContactId id, ContactDetails details, UserId createdBy, Instant now) {
        return new Contact(id, details, Lifecycle.begun(createdBy, now));
    }

    public static Contact restore(ContactId id, ContactDetails details, UserId createdBy, Instant createdAt,
                                  Instant updatedAt, Instant deletedAt) {
        return new Contact(id, details, new Lifecycle(createdBy, createdAt, updatedAt, deletedAt));
    }

    public Contact edit(ContactEdit edit, Instant now) {
        return new Contact(id, edit.applyTo(details), lifecycle.changed(now));
    }

    public Contact delete(Instant now) {
        return new Contact(id, details, lifecycle.deleted(now));
    }

    public Contact undelete(Instant now) {
        return new Contact(id, details, lifecycle.undeleted(now));
    }

    public ContactId id() {
        return id;
    }

    public ContactDetails details() {
        return details;
    }

    @Override
    public Lifecycle lifecycle() {
        return lifecycle;
    }

    @Override
    public ResourceName resourceName() {
        return ResourceName.item(RESOURCE_TYPE, id.value());
    }

    /** {@code created_by} (when recorded) and {@code company_id} (when at a company). */
    @Override
    public ResourceAttributes attributes() {
        var values = new HashMap<String, Object>();
        createdBy().ifPresent(user -> values.put("created_by", user.value()));
        if (details.companyId() != null) {
            values.put("company_id", details.companyId().value());
        }
        return new ResourceAttributes(values);
    }
}
