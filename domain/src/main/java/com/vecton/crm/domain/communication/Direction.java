package com.vecton.crm.domain.communication;

import com.vecton.crm.domain.problem.ValidationFailed;

/** Who started an exchange: the customer ({@code inbound}) or the tenant ({@code outbound}). */
public enum Direction {
    INBOUND("inbound"),
    OUTBOUND("outbound");

    private final String apiName;

    Direction(String apiName) {
        this.apiName = apiName;
    }

    /** The name in the API and in the database. */
    public String apiName() {
        return apiName;
    }

    /**
     * The value a client named, exactly as the API spells it.
     *
     * @throws ValidationFailed on anything else, naming {@code field}
     */
    public static Direction parse(String field, String raw) {
        for (Direction value : values()) {
            if (value.apiName.equals(raw)) {
                return value;
            }
        }
        throw ValidationFailed.of(field, "must be one of inbound, outbound");
    }

    /** Reads a stored value (or none); an unknown one is a bug, not a client error. */
    public static Direction fromStored(String stored) {
        if (stored == null) {
            return null;
        }
        for (Direction value : values()) {
            if (value.apiName.equals(stored)) {
                return value;
            }
        }
        throw new IllegalStateException("not a direction: " + stored);
    }
}
