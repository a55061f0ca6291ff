package com.vecton.crm.domain.problem;

/** The thing asked for does not exist, or is soft-deleted (404 {@code not_found}). */
public final class NotFound extends Problem {
    public NotFound(String subjectType, Object id) {
        super("not_found", subjectType + " " + id + " was not found");
    }

    public NotFound(String detail) {
        super("not_found", detail);
    }
}
