package com.vecton.crm.bootstrap;

import com.vecton.crm.adapter.out.persistence.DatabaseSettings;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * Everything a CRM process is configured with, read once from the environment at start
 * (runtime-and-api.md, "Environment"). Identity comes from exactly one of {@code IDENTITY_URL}
 * and {@code IDENTITY_FILE}.
 */
public record CrmConfig(
        String tenantId,
        String tenantName,
        String serviceName,
        String host,
        int port,
        String databaseUrl,
        String databaseUser,
        String databasePassword,
        int databasePoolSize,
        Duration databaseConnectTimeout,
        Duration databaseStatementTimeout,
        boolean migrateOnServe,
        Optional<URI> identityUrl,
        Optional<Path> identityFile,
        Duration identityTimeout,
        Instant legacyTokenCutoff,
        Optional<URI> amqpUrl,
        Path filesDir,
        FilesConfig files,
        Duration slaBreachInterval) {

    public static final String DEFAULT_DATABASE_URL = "jdbc:postgresql://127.0.0.1:5432/crm";
    public static final Instant DEFAULT_LEGACY_TOKEN_CUTOFF = Instant.parse("2026-06-15T00:00:00Z");
    /** How often every serving replica looks for SLA breaches and warnings. */
    public static final Duration DEFAULT_SLA_BREACH_INTERVAL = Duration.ofSeconds(30);

    /** The configuration of {@code serve}: tenant and identity are required. */
    public static CrmConfig forServe(Map<String, String> env) {
        var e = new Environment(env);
        var config =
                read(e, e.required("TENANT_ID"), e.required("TENANT_NAME"), "0.0.0.0", e.optional("IDENTITY_FILE"));
        if (config.identityUrl().isEmpty() && config.identityFile().isEmpty()) {
            throw new ConfigException("IDENTITY_URL", "is required unless IDENTITY_FILE is set");
        }
        return config;
    }

    /**
     * The configuration of {@code consume-identity-events}: the tenant and the broker are required;
     * identity is not asked (the worker serves no requests).
     */
    public static CrmConfig forWorker(Map<String, String> env) {
        var e = new Environment(env);
        var config = read(e, e.required("TENANT_ID"), e.text("TENANT_NAME", "-"), "0.0.0.0", Optional.empty());
        if (config.amqpUrl().isEmpty()) {
            throw new ConfigException("AMQP_URL", "is required to consume events");
        }
        return config;
    }

    /** The configuration of commands that only touch the database ({@code migrate}). */
    public static CrmConfig forDatabaseOnly(Map<String, String> env) {
        var e = new Environment(env);
        return read(e, e.text("TENANT_ID", "-"), e.text("TENANT_NAME", "-"), "0.0.0.0", Optional.empty());
    }

    /**
     * The configuration of {@code dev}: the sample tenant and the static identity shipped in the
     * jar unless told otherwise, bound to the loopback interface.
     */
    public static CrmConfig forDev(Map<String, String> env, String sampleTenantId, String sampleTenantName) {
        var e = new Environment(env);
        return read(
                e,
                e.text("TENANT_ID", sampleTenantId),
                e.text("TENANT_NAME", sampleTenantName),
                "127.0.0.1",
                e.optional("IDENTITY_FILE"));
    }

    private static CrmConfig read(
            Environment e, String tenantId, String tenantName, String defaultHost, Optional<String> identityFile) {
        if (tenantName.contains(".")) {
            throw new ConfigException("TENANT_NAME", "must not contain a dot (it is one segment of permission names)");
        }
        String serviceName = e.text("SERVICE_NAME", "crm");
        if (serviceName.contains(".")) {
            throw new ConfigException("SERVICE_NAME", "must not contain a dot");
        }
        Optional<URI> identityUrl = e.httpUrl("IDENTITY_URL");
        Optional<Path> file = identityFile.map(f -> e.path("IDENTITY_FILE", f));
        if (identityUrl.isPresent() && file.isPresent()) {
            throw new ConfigException("IDENTITY_FILE", "set either IDENTITY_URL or IDENTITY_FILE, not both");
        }
        return new CrmConfig(
                tenantId,
                tenantName,
                serviceName,
                e.text("HOST", defaultHost),
                e.integer("PORT", 8080, 0, 65_535),
                e.jdbcUrl("DATABASE_URL", DEFAULT_DATABASE_URL),
                e.text("DB_USER", "postgres"),
                e.optional("DB_PASSWORD").orElse(""),
                e.integer("DB_POOL_SIZE", 16, 1, 1_000),
                e.millis(
                        "DB_CONNECT_TIMEOUT_MS",
                        DatabaseSettings.DEFAULT_CONNECT_TIMEOUT,
                        DatabaseSettings.MIN_CONNECT_TIMEOUT,
                        DatabaseSettings.MAX_CONNECT_TIMEOUT),
                e.millis(
                        "DB_STATEMENT_TIMEOUT_MS",
                        DatabaseSettings.DEFAULT_STATEMENT_TIMEOUT,
                        DatabaseSettings.MIN_STATEMENT_TIMEOUT,
                        DatabaseSettings.MAX_STATEMENT_TIMEOUT),
                e.bool("DB_MIGRATE", true),
                identityUrl,
                file,
                e.millis("IDENTITY_TIMEOUT_MS", Duration.ofMillis(2_000)),
                e.instant("LEGACY_TOKEN_CUTOFF", DEFAULT_LEGACY_TOKEN_CUTOFF),
                e.amqpUrl("AMQP_URL"),
                e.path("FILES_DIR", "./data/files"),
                FilesConfig.read(e),
                e.millis(
                        "SLA_BREACH_INTERVAL_MS",
                        DEFAULT_SLA_BREACH_INTERVAL,
                        Duration.ofMillis(100),
                        Duration.ofHours(1)));
    }
}
