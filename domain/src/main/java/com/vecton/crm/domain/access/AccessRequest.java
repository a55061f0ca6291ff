package com.vecton.crm.domain.access;

import java.time.Instant;
import java.util.Optional;

/**
 * One question to the gate: may this caller do this action on this resource, now?
 *
 * @param attributes the loaded resource's attributes, or {@code null} at a route that has not
 *                   loaded it yet (conditions on {@code resource.*} are then provisional)
 */
public record AccessRequest(
        Caller caller, QualifiedPermission action, ResourceName resource, ResourceAttributes attributes, Instant at) {
    public AccessRequest {
        if (caller == null || action == null || resource == null || at == null) {
            throw new IllegalArgumentException("caller, action, resource and time are required");
        }
    }

    public Optional<ResourceAttributes> loadedResource() {
        return Optional.ofNullable(attributes);
    }
}
