package com.vecton.crm.bootstrap.e2e;

import com.vecton.crm.adapter.out.identity.testing.FakeIdentityServer;
import com.vecton.crm.adapter.out.identity.testing.TestTokens;
import com.vecton.crm.adapter.out.persistence.DatabaseSettings;
import com.vecton.crm.adapter.out.persistence.testing.TestDatabase;
import com.vecton.crm.bootstrap.CrmApplication;
import com.vecton.crm.bootstrap.CrmConfig;
import com.vecton.crm.bootstrap.TestWiring;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import javax.sql.DataSource;

/**
 * A CRM process as {@code serve} wires it, on an ephemeral port, against a throwaway database
 * and an in-test identity service that speaks identity.md over real HTTP.
 */
final class CrmHarness implements AutoCloseable {
    /**
     * The production default. Every request of every end-to-end test makes an identity call that
     * must finish within it: 400 ms left a cold first call on a busy machine too little.
     */
    static final Duration IDENTITY_TIMEOUT = Duration.ofMillis(2_000);

    /** The file store of harnesses that name none: a temporary directory, never the working tree's ./data. */
    private static final java.nio.file.Path TEMPORARY_FILES = temporaryFiles();

    private static java.nio.file.Path temporaryFiles() {
        try {
            return java.nio.file.Files.createTempDirectory("crm-harness-files");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    final FakeIdentityServer identity;
    final DatabaseSettings database;
    final CrmApplication app;
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    /** Whether {@link #close()} also stops the identity fake (not when replicas share one). */
    private final boolean ownsIdentity;

    private CrmHarness(
            FakeIdentityServer identity, DatabaseSettings database, CrmApplication app, boolean ownsIdentity) {
        this.identity = identity;
        this.database = database;
        this.app = app;
        this.ownsIdentity = ownsIdentity;
    }

    /** A server whose identity is the fake, with the standard test callers registered. */
    static CrmHarness start() {
        return start(Map.of());
    }

    static CrmHarness start(Map<String, String> extraEnv) {
        return start(TestTokens.installOn(FakeIdentityServer.start()), true, extraEnv);
    }

    /**
     * A replica: another process on the same database and the given identity fake, which it
     * does not stop on close (the test does, after the last replica).
     */
    static CrmHarness replica(FakeIdentityServer identity, Map<String, String> extraEnv) {
        return start(identity, false, extraEnv);
    }

    /** A server on a database of the test's own (a Postgres server the test starts and stops, say). */
    static CrmHarness on(DatabaseSettings database, Map<String, String> extraEnv) {
        return start(TestTokens.installOn(FakeIdentityServer.start()), true, database, extraEnv);
    }

    private static CrmHarness start(FakeIdentityServer identity, boolean ownsIdentity, Map<String, String> extraEnv) {
        return start(identity, ownsIdentity, TestDatabase.shared(), extraEnv);
    }

    private static CrmHarness start(
            FakeIdentityServer identity,
            boolean ownsIdentity,
            DatabaseSettings database,
            Map<String, String> extraEnv) {
        var env = new HashMap<String, String>();
        env.put("TENANT_ID", TestTokens.TENANT_ID);
        env.put("TENANT_NAME", TestTokens.TENANT_NAME);
        env.put("HOST", "127.0.0.1");
        env.put("PORT", "0");
        env.put("IDENTITY_URL", identity.baseUrl().toString());
        env.put("IDENTITY_TIMEOUT_MS", Long.toString(IDENTITY_TIMEOUT.toMillis()));
        env.put("DATABASE_URL", database.jdbcUrl());
        env.put("DB_USER", database.user());
        env.put("DB_PASSWORD", database.password());
        env.put("DB_POOL_SIZE", "4");
        env.put("FILES_DIR", TEMPORARY_FILES.toString());
        env.putAll(extraEnv);
        var config = CrmConfig.forServe(env);
        return new CrmHarness(
                identity, database, CrmApplication.start(config, TestWiring.identity(config)), ownsIdentity);
    }

    URI uri(String pathAndQuery) {
        return URI.create("http://127.0.0.1:" + app.port() + pathAndQuery);
    }

    HttpResult get(String path, String token) {
        return send(request(path, token).GET());
    }

    HttpResult delete(String path, String token) {
        return send(request(path, token).DELETE());
    }

    HttpResult post(String path, String token, String json) {
        return send(request(path, token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    HttpResult put(String path, String token, String json) {
        return send(request(path, token)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    HttpResult patch(String path, String token, String json) {
        return send(request(path, token)
                .header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(json)));
    }

    HttpRequest.Builder request(String path, String token) {
        var builder = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(20));
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        return builder;
    }

    HttpResult send(HttpRequest.Builder request) {
        try {
            var response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new HttpResult(response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Direct SQL against the server's database, for assertions on what was stored. */
    <T> T sql(SqlWork<T> work) {
        try (Connection connection = dataSource().getConnection()) {
            return work.run(connection);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    DataSource dataSource() {
        return TestWiring.dataSource(app);
    }

    @Override
    public void close() {
        try {
            app.close();
        } finally {
            if (ownsIdentity) {
                identity.close();
            }
        }
    }

    @FunctionalInterface
    interface SqlWork<T> {
        T run(Connection connection) throws SQLException;
    }
}
