package com.vecton.crm.domain.access;

import java.util.Map;
import java.util.Optional;

/**
 * What a loaded resource exposes to policy conditions as {@code resource.<attribute>}, e.g.
 * {@code owner_id}, {@code project_id}, {@code assignee_ids} (a list). Values are strings,
 * numbers, booleans, instants or lists of those.
 */
public record ResourceAttributes(Map<String, Object> values) {
    public ResourceAttributes {
        values = Map.copyOf(values);
    }

    public Optional<Object> get(String attribute) {
        return Optional.ofNullable(values.get(attribute));
    }
}
