package com.vecton.crm.domain.problem;

/** The caller could not be identified (401: {@code token_missing}, {@code token_invalid}, {@code token_shape_legacy}). */
public final class Unauthenticated extends Problem {
    public static final String TOKEN_MISSING = "token_missing";
    public static final String TOKEN_INVALID = "token_invalid";
    public static final String TOKEN_SHAPE_LEGACY = "token_shape_legacy";

    public Unauthenticated(String code, String detail) {
        super(code, detail);
    }
}
