package com.vecton.crm.domain.deal;

/**
 * Where a deal's probability comes from: its stage (the probability the stage had when the deal
 * entered it), or a person who set it by hand, which survives stage changes until it is cleared.
 */
public enum ProbabilitySource {
    STAGE("stage"),
    MANUAL("manual");

    private final String apiName;

    ProbabilitySource(String apiName) {
        this.apiName = apiName;
    }

    /** The name in the API and in the database. */
    public String apiName() {
        return apiName;
    }

    /** Reads a stored value; an unknown one is a bug, not a client error. */
    public static ProbabilitySource fromStored(String stored) {
        for (ProbabilitySource value : values()) {
            if (value.apiName.equals(stored)) {
                return value;
            }
        }
        throw new IllegalStateException("not a probability source: " + stored);
    }
}
