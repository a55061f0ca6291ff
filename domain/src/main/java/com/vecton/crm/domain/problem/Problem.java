package com.vecton.crm.domain.problem;

import com.vecton.crm.domain.name.Names;

/**
 * The one family of expected failures, from the domain to HTTP. Each carries the stable
 * {@code error} code of the API contract; the REST adapter maps the subtype to a status.
 *
 * <p>These are outcomes, not bugs, so they carry no stack trace: building one per rejected
 * request would cost more than the request itself.
 */
public abstract sealed class Problem extends RuntimeException
        permits NotFound,
                ValidationFailed,
                RuleViolated,
                Conflict,
                PreconditionFailed,
                Gone,
                Unauthenticated,
                Forbidden,
                Unavailable {

    private final String code;

    protected Problem(String code, String detail) {
        super(detail, null, false, false);
        if (!Names.isSnakeCase(code)) {
            throw new IllegalArgumentException("error code must be snake_case: " + code);
        }
        this.code = code;
    }

    /** The stable snake_case code clients switch on. */
    public final String code() {
        return code;
    }

    /** A human-readable sentence; never contains secrets, SQL or class names. */
    public final String detail() {
        return getMessage();
    }
}
