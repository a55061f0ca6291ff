package com.vecton.crm.domain.access;

/** The outcome of evaluating policies alone (step 4 of the gate). */
public enum PolicyDecision {
    ALLOW,
    NO_POLICIES,
    DENIED
}
