package com.vecton.crm.archfixture.domain.contact;

import jakarta.ws.rs.core.Response;

/** Violates DOMAIN_DEPENDS_ONLY_ON_THE_JDK: jakarta is not the JDK. */
public record ContactWithHttpStatus(String name, Response.Status statusWhenMissing) {}
