package com.vecton.crm.domain.access;

/** What a condition value compares against: a literal, or a value of the caller. */
sealed interface ExpectedValue {
    /** The value coerced for the operator, or {@code null} when it is unknown. */
    Object resolve(ValueKind kind, Caller caller);

    record Literal(Object value) implements ExpectedValue {
        @Override
        public Object resolve(ValueKind kind, Caller caller) {
            return value;
        }
    }

    enum Placeholder implements ExpectedValue {
        USER_ID("${user.id}"),
        USER_EMAIL("${user.email}"),
        UNKNOWN(null);

        private final String text;

        Placeholder(String text) {
            this.text = text;
        }

        /** Only a whole-value placeholder is substituted; anything else with {@code ${} is unknown. */
        static Placeholder named(String text) {
            for (Placeholder placeholder : values()) {
                if (text.equals(placeholder.text)) {
                    return placeholder;
                }
            }
            return UNKNOWN;
        }

        @Override
        public Object resolve(ValueKind kind, Caller caller) {
            String raw = switch (this) {
                case USER_ID -> caller.id().value();
                case USER_EMAIL -> caller.email();
                case UNKNOWN -> null;
            };
            return raw == null ? null : kind.coerce(raw);
        }
    }
}
