package com.vecton.crm.domain.name;

/**
 * The names the system gives things, as opposed to what users type: resource types, sort
 * fields, problem codes, audit subjects, health checks. All are snake_case.
 */
public final class Names {
    private Names() {}

    /**
     * Whether the name is snake_case: a lowercase letter, then lowercase letters, digits and
     * underscores ({@code [a-z][a-z0-9_]*}). Checked in one pass, not with a pattern: several names
     * are checked on every request (the gate's resource type, the list's sort field).
     */
    public static boolean isSnakeCase(String name) {
        if (name == null || name.isEmpty() || !isLowercaseLetter(name.charAt(0))) {
            return false;
        }
        for (int i = 1; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!isLowercaseLetter(c) && !(c >= '0' && c <= '9') && c != '_') {
                return false;
            }
        }
        return true;
    }

    private static boolean isLowercaseLetter(char c) {
        return c >= 'a' && c <= 'z';
    }
}
