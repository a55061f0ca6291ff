package com.vecton.crm.domain.audit;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** The fields a change touched, by API field name, in a stable order. */
public record Changes(Map<String, FieldChange> fields) {
    public static final Changes NONE = new Changes(Map.of());

    public Changes {
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    /** The fields whose values differ between two snapshots of the same entity. */
    public static Changes between(Map<String, ?> before, Map<String, ?> after) {
        var changed = new LinkedHashMap<String, FieldChange>();
        after.forEach((field, value) -> {
            Object old = before.get(field);
            if (!Objects.equals(old, value)) {
                changed.put(field, new FieldChange(old, value));
            }
        });
        return new Changes(changed);
    }

    /** Every field of a newly created entity, as changes from nothing. */
    public static Changes created(Map<String, ?> fields) {
        return between(Map.of(), fields);
    }

    /** Every field of an entity deleted for good, as changes to nothing. */
    public static Changes removed(Map<String, ?> fields) {
        var removed = new LinkedHashMap<String, FieldChange>();
        fields.forEach((field, value) -> removed.put(field, new FieldChange(value, null)));
        return new Changes(removed);
    }

    public boolean isEmpty() {
        return fields.isEmpty();
    }
}
