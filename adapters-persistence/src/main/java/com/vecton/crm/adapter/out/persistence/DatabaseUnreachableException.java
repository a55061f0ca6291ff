package com.vecton.crm.adapter.out.persistence;

/**
 * The database did not answer when the adapter started (refused connection, unknown host, wrong
 * credentials, missing database). Bootstrap reports it as one line and stops; it never starts
 * half-connected.
 */
public final class DatabaseUnreachableException extends RuntimeException {

    public DatabaseUnreachableException(String message, Throwable cause) {
        super(message, cause);
    }
}
