package com.vecton.crm.bootstrap;

/**
 * The process cannot start because of something the operator can fix outside its settings, such as
 * another process holding what this one needs. Like a {@link ConfigException} it is an operator's
 * mistake, not a failure: the process prints {@link #getMessage()} as its one line (what is wrong
 * and what to do) and exits with code 2, never with a stack trace.
 */
public final class StartRefused extends RuntimeException {

    public StartRefused(String message) {
        super(message);
    }
}
