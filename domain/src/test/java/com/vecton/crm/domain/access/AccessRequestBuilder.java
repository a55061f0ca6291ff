package com.vecton.crm.domain.access;

import java.time.Instant;
import java.util.Map;

/**
 * Test data builder for {@link AccessRequest}: a member of {@code t-acme} listing contacts, with
 * no resource loaded, at a fixed instant.
 */
public final class AccessRequestBuilder {
    public static final Instant NOW = Instant.parse("2026-03-10T12:00:00Z");

    private Caller caller = CallerBuilder.aCaller().memberOf("t-acme").build();
    private QualifiedPermission action = new QualifiedPermission("tenant.acme.crm.contacts.list");
    private ResourceName resource = ResourceName.collection("contacts");
    private ResourceAttributes attributes;
    private Instant at = NOW;

    private AccessRequestBuilder() {}

    public static AccessRequestBuilder aRequest() {
        return new AccessRequestBuilder();
    }

    public AccessRequestBuilder by(Caller caller) {
        this.caller = caller;
        return this;
    }

    public AccessRequestBuilder by(CallerBuilder caller) {
        return by(caller.build());
    }

    /** The action as an FQN, e.g. {@code tenant.acme.crm.tasks.update}. */
    public AccessRequestBuilder doing(String qualifiedAction) {
        this.action = new QualifiedPermission(qualifiedAction);
        return this;
    }

    public AccessRequestBuilder on(ResourceName resource) {
        this.resource = resource;
        return this;
    }

    /** The loaded resource's attributes (the route has loaded it). */
    public AccessRequestBuilder withAttributes(Map<String, Object> attributes) {
        this.attributes = new ResourceAttributes(attributes);
        return this;
    }

    /** A route that has not loaded its resource yet. */
    public AccessRequestBuilder withoutLoadedResource() {
        this.attributes = null;
        return this;
    }

    public AccessRequestBuilder at(Instant at) {
        this.at = at;
        return this;
    }

    public AccessRequest build() {
        return new AccessRequest(caller, action, resource, attributes, at);
    }
}
