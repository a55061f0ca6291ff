package com.vecton.crm.archfixture.application.service;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Violates APPLICATION_DEPENDS_ONLY_ON_THE_JDK_AND_THE_DOMAIN: even SLF4J stays outside the hexagon. */
public final class ServiceLoggingToSlf4j {

    private static final Logger LOG = LoggerFactory.getLogger(ServiceLoggingToSlf4j.class);

    public void run() {
        LOG.info("running");
    }
}
