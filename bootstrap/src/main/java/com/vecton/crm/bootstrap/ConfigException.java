package com.vecton.crm.bootstrap;

/**
 * A missing or malformed setting. The process prints {@link #getMessage()} as its one line
 * and exits with code 2: it never starts half-configured.
 */
public final class ConfigException extends RuntimeException {
    private final String variable;

    public ConfigException(String variable, String problem) {
        super(variable + ": " + problem);
        this.variable = variable;
    }

    public String variable() {
        return variable;
    }
}
