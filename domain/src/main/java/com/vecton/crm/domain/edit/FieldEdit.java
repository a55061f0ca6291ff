package com.vecton.crm.domain.edit;

/**
 * What a partial update does to one field: keep it, or set it (to a value or to {@code null}).
 * This is what tells {@code PATCH {"phone": null}} (clear) apart from a PATCH without
 * {@code phone} (keep).
 */
public sealed interface FieldEdit<T> {

    T applyTo(T current);

    static <T> FieldEdit<T> keep() {
        @SuppressWarnings("unchecked")
        FieldEdit<T> keep = (FieldEdit<T>) Keep.INSTANCE;
        return keep;
    }

    static <T> FieldEdit<T> set(T value) {
        return new Set<>(value);
    }

    /**
     * The rule of every edit record: it says keep or set for each of its fields, never nothing
     * (a {@code null} would leave the field's fate to whoever reads it).
     *
     * @param edit what the edit is, for the message ("a task edit")
     */
    static void requireEvery(String edit, FieldEdit<?>... fields) {
        for (var field : fields) {
            if (field == null) {
                throw new IllegalArgumentException(edit + " says keep or set for every field");
            }
        }
    }

    /** Leaves the field as it is. */
    enum Keep implements FieldEdit<Object> {
        INSTANCE;

        @Override
        public Object applyTo(Object current) {
            return current;
        }
    }

    /** Replaces the field's value; {@code value} may be {@code null} to clear it. */
    record Set<T>(T value) implements FieldEdit<T> {
        @Override
        public T applyTo(T current) {
            return value;
        }
    }
}
