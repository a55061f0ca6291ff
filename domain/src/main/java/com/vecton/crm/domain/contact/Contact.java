package com.vecton.crm.domain.contact;

import com.vecton.crm.domain.access.ResourceAttributes;
import com.vecton.crm.domain.access.UserId;
import com.vecton.crm.domain.company.CompanyId;
import com.vecton.crm.domain.lifecycle.HistoryRecord;
import com.vecton.crm.domain.lifecycle.Lifecycle;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** A person the tenant does business with. Immutable: every change returns a new value. */
public final class Contact extends HistoryRecord<ContactId, ContactDetails, Contact> {
    /** The type of contacts in resource names, {@code crm:contacts/{id}}. */
    public static final String RESOURCE_TYPE = "contacts";

    /**
     * The attributes of {@link #attributes()} a list of contacts can be filtered on in the store, so that
     * allows and denies conditioned on them (StringEquals, StringNotEquals) decide a list item by item:
     * all of them.
     */
    public static final Set<String> FILTERABLE = Set.of("company_id", "created_by");

    private Contact(ContactId id, ContactDetails details, Lifecycle lifecycle) {
        super(id, details, lifecycle);
    }

    public static Contact create(ContactId id, ContactDetails details, UserId createdBy, Instant now) {
        return new Contact(id, details, Lifecycle.begun(createdBy, now));
    }

    public static Contact restore(
            ContactId id,
            ContactDetails details,
            UserId createdBy,
            Instant createdAt,
            Instant updatedAt,
            Instant deletedAt,
            long version) {
        return new Contact(id, details, new Lifecycle(createdBy, createdAt, updatedAt, deletedAt, version));
    }

    public Contact edit(ContactEdit edit, Instant now) {
        return changedTo(edit.applyTo(details()), now);
    }

    @Override
    protected Contact with(ContactDetails details, Lifecycle lifecycle) {
        return new Contact(id(), details, lifecycle);
    }

    @Override
    protected String resourceType() {
        return RESOURCE_TYPE;
    }

    /**
     * What every contact of one company shares, for the list of that company's contacts: only
     * {@code company_id}, so a condition on any other attribute is left to the list's filter.
     */
    public static ResourceAttributes attributesOfCompany(CompanyId company) {
        return new ResourceAttributes(Map.of("company_id", company.value()));
    }

    /** {@code created_by} (when recorded) and {@code company_id} (when at a company). */
    @Override
    public ResourceAttributes attributes() {
        var values = new HashMap<String, Object>();
        createdBy().ifPresent(user -> values.put("created_by", user.value()));
        if (details().companyId() != null) {
            values.put("company_id", details().companyId().value());
        }
        return new ResourceAttributes(values);
    }
}
