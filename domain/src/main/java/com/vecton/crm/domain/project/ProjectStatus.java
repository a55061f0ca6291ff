package com.vecton.crm.domain.project;

import com.vecton.crm.domain.problem.ValidationFailed;
import java.util.Arrays;
import java.util.stream.Collectors;

/** Where a project stands; any status may follow any other (the issue names no transitions). */
public enum ProjectStatus {
    ACTIVE("active"),
    ON_HOLD("on_hold"),
    COMPLETED("completed"),
    ARCHIVED("archived");

    /** What a new project is when the client names no status. */
    public static final ProjectStatus DEFAULT = ACTIVE;

    private final String apiName;

    ProjectStatus(String apiName) {
        this.apiName = apiName;
    }

    /** The name in the API and in the database. */
    public String apiName() {
        return apiName;
    }

    /**
     * The status a client named, exactly as the API spells it.
     *
     * @param field the input field, named in the 422 ({@code status} in a body or a filter)
     * @throws ValidationFailed on anything else
     */
    public static ProjectStatus parse(String field, String raw) {
        for (ProjectStatus status : values()) {
            if (status.apiName.equals(raw)) {
                return status;
            }
        }
        throw ValidationFailed.of(field, "must be one of " + names());
    }

    /** Reads a stored value; an unknown one is a bug, not a client error. */
    public static ProjectStatus fromStored(String stored) {
        for (ProjectStatus status : values()) {
            if (status.apiName.equals(stored)) {
                return status;
            }
        }
        throw new IllegalStateException("not a project status: " + stored);
    }

    private static String names() {
        return Arrays.stream(values()).map(ProjectStatus::apiName).collect(Collectors.joining(", "));
    }
}
