package com.vecton.crm.domain.company;

import com.vecton.crm.domain.access.ResourceAttributes;
import com.vecton.crm.domain.access.UserId;
import com.vecton.crm.domain.lifecycle.HistoryRecord;
import com.vecton.crm.domain.lifecycle.Lifecycle;
import java.time.Instant;
import java.util.HashMap;
import java.util.Set;

/** An organisation the tenant does business with. Immutable: every change returns a new value. */
public final class Company extends HistoryRecord<CompanyId, CompanyDetails, Company> {
    /** The type of companies in resource names, {@code crm:companies/{id}}. */
    public static final String RESOURCE_TYPE = "companies";

    /**
     * The attributes of {@link #attributes()} a list of companies can be filtered on in the store, so that
     * allows and denies conditioned on them (StringEquals, StringNotEquals) decide a list item by item:
     * all of them.
     */
    public static final Set<String> FILTERABLE = Set.of("created_by");

    private Company(CompanyId id, CompanyDetails details, Lifecycle lifecycle) {
        super(id, details, lifecycle);
    }

    public static Company create(CompanyId id, CompanyDetails details, UserId createdBy, Instant now) {
        return new Company(id, details, Lifecycle.begun(createdBy, now));
    }

    public static Company restore(
            CompanyId id,
            CompanyDetails details,
            UserId createdBy,
            Instant createdAt,
            Instant updatedAt,
            Instant deletedAt,
            long version) {
        return new Company(id, details, new Lifecycle(createdBy, createdAt, updatedAt, deletedAt, version));
    }

    public Company edit(CompanyEdit edit, Instant now) {
        return changedTo(edit.applyTo(details()), now);
    }

    @Override
    protected Company with(CompanyDetails details, Lifecycle lifecycle) {
        return new Company(id(), details, lifecycle);
    }

    @Override
    protected String resourceType() {
        return RESOURCE_TYPE;
    }

    /** {@code created_by}, when recorded. */
    @Override
    public ResourceAttributes attributes() {
        var values = new HashMap<String, Object>();
        createdBy().ifPresent(user -> values.put("created_by", user.value()));
        return new ResourceAttributes(values);
    }
}
