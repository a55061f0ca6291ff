package com.vecton.crm.domain.company;

import com.vecton.crm.domain.access.PolicyResource;
import com.vecton.crm.domain.access.ResourceAttributes;
import com.vecton.crm.domain.access.ResourceName;
import com.vecton.crm.domain.access.UserId;
import com.vecton.crm.domain.lifecycle.KeepsHistory;
import com.vecton.crm.domain.lifecycle.Lifecycle;
import java.time.Instant;
import java.util.HashMap;

/** An organisation the tenant does business with. Immutable: every change returns a new value. */
public final class Company implements KeepsHistory, PolicyResource {
    /** The type of companies in resource names, {@code crm:companies/{id}}. */
    public static final String RESOURCE_TYPE = "companies";

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

    @Override
    public Lifecycle lifecycle() {
        return lifecycle;
    }

    @Override
    public ResourceName resourceName() {
        return ResourceName.item(RESOURCE_TYPE, id.value());
    }

    /** {@code created_by}, when recorded. */
    @Override
    public ResourceAttributes attributes() {
        var values = new HashMap<String, Object>();
        createdBy().ifPresent(user -> values.put("created_by", user.value()));
        return new ResourceAttributes(values);
    }
}
