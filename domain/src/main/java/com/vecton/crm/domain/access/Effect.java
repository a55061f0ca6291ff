package com.vecton.crm.domain.access;

/** What an applicable policy does. Deny overrides allow. */
public enum Effect {
    ALLOW,
    DENY
}
