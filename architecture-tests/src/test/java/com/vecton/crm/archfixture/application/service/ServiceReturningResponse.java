package com.vecton.crm.archfixture.application.service;

import jakarta.ws.rs.core.Response;

/** Violates APPLICATION_DEPENDS_ONLY_ON_THE_JDK_AND_THE_DOMAIN: a use case answering in HTTP. */
public final class ServiceReturningResponse {

    public Response accept() {
        return Response.accepted().build();
    }
}
