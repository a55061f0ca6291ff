package com.vecton.crm.domain.sla;

/**
 * What an SLA promises: a first response (the task leaves {@code todo}) or a resolution (the task
 * reaches {@code done}), each within its business minutes.
 */
public enum SlaTarget {
    FIRST_RESPONSE("first_response"),
    RESOLUTION("resolution");

    private final String apiName;

    SlaTarget(String apiName) {
        this.apiName = apiName;
    }

    public String apiName() {
        return apiName;
    }

    public static SlaTarget fromApi(String name) {
        for (SlaTarget target : values()) {
            if (target.apiName.equals(name)) {
                return target;
            }
        }
        throw new IllegalArgumentException("not an SLA target: " + name);
    }

    /** Whether a task in this status has met the target. */
    public boolean metBy(String status) {
        return this == FIRST_RESPONSE ? !"todo".equals(status) : "done".equals(status);
    }
}
