package com.vecton.crm.domain.communication;

import com.vecton.crm.domain.problem.ValidationFailed;
import java.util.Arrays;
import java.util.stream.Collectors;

/** What kind of exchange a log entry records; which of them have a direction and a duration. */
public enum CommunicationType {
    CALL("call", true, true),
    EMAIL("email", true, false),
    MEETING("meeting", true, true),
    NOTE("note", false, false),
    SMS("sms", true, false);

    private final String apiName;
    private final boolean hasDirection;
    private final boolean hasDuration;

    CommunicationType(String apiName, boolean hasDirection, boolean hasDuration) {
        this.apiName = apiName;
        this.hasDirection = hasDirection;
        this.hasDuration = hasDuration;
    }

    /** The name in the API and in the database. */
    public String apiName() {
        return apiName;
    }

    /** Whether an entry of this type may say who started it: a note is nobody's message. */
    public boolean hasDirection() {
        return hasDirection;
    }

    /** Whether an entry of this type may say how long it took: calls and meetings. */
    public boolean hasDuration() {
        return hasDuration;
    }

    /**
     * The value a client named, exactly as the API spells it.
     *
     * @throws ValidationFailed on anything else, naming {@code field}
     */
    public static CommunicationType parse(String field, String raw) {
        for (CommunicationType value : values()) {
            if (value.apiName.equals(raw)) {
                return value;
            }
        }
        throw ValidationFailed.of(field, "must be one of " + names());
    }

    /** Reads a stored value; an unknown one is a bug, not a client error. */
    public static CommunicationType fromStored(String stored) {
        for (CommunicationType value : values()) {
            if (value.apiName.equals(stored)) {
                return value;
            }
        }
        throw new IllegalStateException("not a communication type: " + stored);
    }

    public static String names() {
        return Arrays.stream(values()).map(CommunicationType::apiName).collect(Collectors.joining(", "));
    }
}
