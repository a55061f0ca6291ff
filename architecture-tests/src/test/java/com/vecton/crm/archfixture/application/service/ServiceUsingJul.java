package com.vecton.crm.archfixture.application.service;

import java.util.logging.Logger;

/** Violates HEXAGON_NEITHER_PRINTS_NOR_USES_JAVA_UTIL_LOGGING. */
public final class ServiceUsingJul {

    private static final Logger LOG = Logger.getLogger(ServiceUsingJul.class.getName());

    public void run() {
        LOG.info("running");
    }
}
