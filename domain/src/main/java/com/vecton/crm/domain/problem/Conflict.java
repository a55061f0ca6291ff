package com.vecton.crm.domain.problem;

/** The request conflicts with the current state of the resource (409). */
public final class Conflict extends Problem {
    public Conflict(String code, String detail) {
        super(code, detail);
    }
}
