package com.vecton.crm.domain.access;

/** A condition key and where its actual value comes from: the caller, the request or the loaded resource. */
sealed interface ConditionKey {
    /** The actual value, or {@code null} when the request does not have it. */
    Object valueIn(AccessRequest request);

    /** The key of this name, or {@code null} when there is none. */
    static ConditionKey parse(String name) {
        return switch (name) {
            case "user.id" -> CallerKey.ID;
            case "user.email" -> CallerKey.EMAIL;
            case "request.time" -> RequestTimeKey.INSTANCE;
            default -> {
                if (name.startsWith(ResourceKey.PREFIX) && name.length() > ResourceKey.PREFIX.length()) {
                    yield new ResourceKey(name.substring(ResourceKey.PREFIX.length()));
                }
                yield null;
            }
        };
    }

    enum CallerKey implements ConditionKey {
        ID,
        EMAIL;

        @Override
        public Object valueIn(AccessRequest request) {
            return this == ID ? request.caller().id().value() : request.caller().email();
        }
    }

    enum RequestTimeKey implements ConditionKey {
        INSTANCE;

        @Override
        public Object valueIn(AccessRequest request) {
            return request.at();
        }
    }

    record ResourceKey(String attribute) implements ConditionKey {
        static final String PREFIX = "resource.";

        @Override
        public Object valueIn(AccessRequest request) {
            return request.attributes().values().get(attribute);
        }
    }
}
