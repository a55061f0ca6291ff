package com.vecton.crm.domain.pipeline;

import com.vecton.crm.domain.problem.ValidationFailed;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * What reaching a stage means for a deal: still open, won or lost. Each kind has the probability a
 * stage of it gets when none is given (an open stage is a toss-up until someone says otherwise).
 */
public enum StageKind {
    OPEN("open", 50),
    WON("won", 100),
    LOST("lost", 0);

    private final String apiName;
    private final int defaultProbability;

    StageKind(String apiName, int defaultProbability) {
        this.apiName = apiName;
        this.defaultProbability = defaultProbability;
    }

    /** The name in the API and in the database. */
    public String apiName() {
        return apiName;
    }

    /** The probability (percent) of a stage of this kind that was given none. */
    public int defaultProbability() {
        return defaultProbability;
    }

    /**
     * The value a client named, exactly as the API spells it.
     *
     * @throws ValidationFailed on anything else, naming {@code field}
     */
    public static StageKind parse(String field, String raw) {
        for (StageKind value : values()) {
            if (value.apiName.equals(raw)) {
                return value;
            }
        }
        throw ValidationFailed.of(
                field,
                "must be one of "
                        + Arrays.stream(values()).map(StageKind::apiName).collect(Collectors.joining(", ")));
    }

    /** Reads a stored value; an unknown one is a bug, not a client error. */
    public static StageKind fromStored(String stored) {
        for (StageKind value : values()) {
            if (value.apiName.equals(stored)) {
                return value;
            }
        }
        throw new IllegalStateException("not a stage kind: " + stored);
    }
}
