package com.vecton.crm.domain.access;

/** Whether a token speaks for a person or for a service account (which may carry scopes). */
public enum TokenType {
    USER,
    SERVICE_ACCOUNT
}
