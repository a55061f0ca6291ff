package com.vecton.crm.domain.access;

import com.vecton.crm.domain.name.Names;
import java.util.Optional;

/**
 * What an action is applied to: {@code crm:{type}} for a collection, {@code crm:{type}/{id}} for
 * one item (identity.md section 3).
 */
public record ResourceName(String type, String id) {
    public ResourceName {
        if (!Names.isSnakeCase(type)) {
            throw new IllegalArgumentException("a resource type is snake_case: " + type);
        }
        if (id != null && (id.isEmpty() || id.contains("/"))) {
            throw new IllegalArgumentException("a resource id is non-empty and has no slash");
        }
    }

    public static ResourceName collection(String type) {
        return new ResourceName(type, null);
    }

    public static ResourceName item(String type, Object id) {
        return new ResourceName(type, String.valueOf(id));
    }

    public Optional<String> itemId() {
        return Optional.ofNullable(id);
    }

    /** The string policies match against: {@code crm:tasks} or {@code crm:tasks/42}. */
    public String value() {
        return id == null ? "crm:" + type : "crm:" + type + "/" + id;
    }

    @Override
    public String toString() {
        return value();
    }
}
