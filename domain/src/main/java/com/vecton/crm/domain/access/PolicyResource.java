package com.vecton.crm.domain.access;

/**
 * A stored record as policies see it (identity.md sections 3 and 4): its name,
 * {@code crm:{type}/{id}}, and what it exposes to conditions as {@code resource.<attribute>}. An
 * attribute a record lacks (no recorded creator) is left out, so conditions on it fail closed.
 */
public interface PolicyResource {

    ResourceName resourceName();

    ResourceAttributes attributes();
}
