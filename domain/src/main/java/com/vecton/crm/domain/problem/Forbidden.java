package com.vecton.crm.domain.problem;

/** The caller is known but may not do this (403, e.g. {@code permission_denied}). */
public final class Forbidden extends Problem {
    public Forbidden(String code, String detail) {
        super(code, detail);
    }
}
