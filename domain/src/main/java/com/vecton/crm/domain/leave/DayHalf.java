package com.vecton.crm.domain.leave;

/**
 * Which part of a day a leave request's first or last day covers: the whole day, the morning or
 * the afternoon. A request starts in the morning unless its start is {@code pm}, and ends in the
 * evening unless its end is {@code am}.
 */
public enum DayHalf {
    FULL("full"),
    AM("am"),
    PM("pm");

    private final String apiName;

    DayHalf(String apiName) {
        this.apiName = apiName;
    }

    public String apiName() {
        return apiName;
    }

    /** Reads {@code full}, {@code am} or {@code pm}; {@code null} is a full day. */
    public static DayHalf fromApi(String name) {
        if (name == null) {
            return FULL;
        }
        for (DayHalf half : values()) {
            if (half.apiName.equals(name)) {
                return half;
            }
        }
        throw new IllegalArgumentException("not a day half: " + name);
    }
}
