package com.vecton.crm.archfixture.application.service;

import java.net.http.HttpClient;

/** Violates HEXAGON_USES_NO_JDK_INTEGRATION_API: HTTP calls belong to an adapter behind a port. */
public final class ServiceCallingHttp {

    private final HttpClient client = HttpClient.newHttpClient();
}
