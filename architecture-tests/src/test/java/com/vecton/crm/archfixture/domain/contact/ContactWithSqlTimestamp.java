package com.vecton.crm.archfixture.domain.contact;

import java.sql.Timestamp;

/** Violates HEXAGON_USES_NO_JDK_INTEGRATION_API: java.sql is in the JDK, yet it is JDBC. */
public record ContactWithSqlTimestamp(String name, Timestamp createdAt) {}
