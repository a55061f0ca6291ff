package com.vecton.crm.domain.task;

import com.vecton.crm.domain.problem.ValidationFailed;
import java.util.Arrays;
import java.util.stream.Collectors;

/** Where a task stands on the board; each status is one column of a project's board. Any status may follow any other. */
public enum TaskStatus {
    TODO("todo"),
    IN_PROGRESS("in_progress"),
    REVIEW("review"),
    DONE("done");

    /** What a new task is when the client names none. */
    public static final TaskStatus DEFAULT = TODO;

    private final String apiName;

    TaskStatus(String apiName) {
        this.apiName = apiName;
    }

    /** The name in the API and in the database. */
    public String apiName() {
        return apiName;
    }

    /**
     * The value a client named, exactly as the API spells it.
     *
     * @param field the input field, named in the 422 (in a body or a filter)
     * @throws ValidationFailed on anything else
     */
    public static TaskStatus parse(String field, String raw) {
        for (TaskStatus value : values()) {
            if (value.apiName.equals(raw)) {
                return value;
            }
        }
        throw ValidationFailed.of(field, "must be one of " + names());
    }

    /** Reads a stored value; an unknown one is a bug, not a client error. */
    public static TaskStatus fromStored(String stored) {
        for (TaskStatus value : values()) {
            if (value.apiName.equals(stored)) {
                return value;
            }
        }
        throw new IllegalStateException("not a task status: " + stored);
    }

    private static String names() {
        return Arrays.stream(values()).map(TaskStatus::apiName).collect(Collectors.joining(", "));
    }
}
