package com.vecton.crm.domain.name;

import java.util.regex.Pattern;

/**
 * The names the system gives things, as opposed to what users type: resource types, sort
 * fields, problem codes, audit subjects, health checks. All are snake_case.
 */
public final class Names {
    /** A lowercase letter, then lowercase letters, digits and underscores. */
    private static final Pattern SNAKE_CASE = Pattern.compile("[a-z][a-z0-9_]*");

    private Names() {}

    /**
     * Whether the name is snake_case. Compiled once: several names are checked on every request
     * (the gate's resource type, the list's sort field), and {@code String.matches} compiles its
     * expression on every call.
     */
    public static boolean isSnakeCase(String name) {
        return name != null && SNAKE_CASE.matcher(name).matches();
    }
}
