package com.vecton.crm.domain.access;

/** The gate's answer; every refusal carries the contract's {@code error} code. */
public enum AccessDecision {
    ALLOWED(null),
    TENANT_NOT_A_MEMBER("tenant_not_a_member"),
    SERVICE_ACCOUNT_SCOPE_DENIED("service_account_scope_denied"),
    NO_POLICIES("no_policies"),
    PERMISSION_DENIED("permission_denied");

    private final String errorCode;

    AccessDecision(String errorCode) {
        this.errorCode = errorCode;
    }

    public boolean allowed() {
        return this == ALLOWED;
    }

    /** The contract's error code of a refusal; {@code null} for {@link #ALLOWED}. */
    public String errorCode() {
        return errorCode;
    }
}
