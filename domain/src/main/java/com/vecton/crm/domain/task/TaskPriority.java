package com.vecton.crm.domain.task;

import com.vecton.crm.domain.problem.ValidationFailed;
import java.util.Arrays;
import java.util.stream.Collectors;

/** How urgent a task is, from low to urgent (the declaration order is the sort order). */
public enum TaskPriority {
    LOW("low"),
    NORMAL("normal"),
    HIGH("high"),
    URGENT("urgent");

    /** What a new task is when the client names none. */
    public static final TaskPriority DEFAULT = NORMAL;

    private final String apiName;

    TaskPriority(String apiName) {
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
    public static TaskPriority parse(String field, String raw) {
        for (TaskPriority value : values()) {
            if (value.apiName.equals(raw)) {
                return value;
            }
        }
        throw ValidationFailed.of(field, "must be one of " + names());
    }

    /** Reads a stored value; an unknown one is a bug, not a client error. */
    public static TaskPriority fromStored(String stored) {
        for (TaskPriority value : values()) {
            if (value.apiName.equals(stored)) {
                return value;
            }
        }
        throw new IllegalStateException("not a task priority: " + stored);
    }

    private static String names() {
        return Arrays.stream(values()).map(TaskPriority::apiName).collect(Collectors.joining(", "));
    }
}
