package com.vecton.crm.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vecton.crm.adapter.out.identity.testing.FakeIdentityServer;
import com.vecton.crm.adapter.out.identity.testing.FakeIdentityServer.Fault;
import com.vecton.crm.adapter.out.identity.testing.TestTokens;
import com.vecton.crm.adapter.out.persistence.testing.TestDatabase;
import java.io.File;
import java.io.IOException;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * {@code java -jar crm.jar serve} as an operator runs it: on SIGTERM it stops taking requests,
 * finishes those in flight, and exits 0 (runtime-and-api.md, "Build and run").
 */
class ServeProcessIT {
    private static final Path JAR = Path.of("target", "crm.jar");
    /** How long identity holds the request in flight: well inside the 10 s grace of the shutdown. */
    private static final Duration IDENTITY_DELAY = Duration.ofMillis(1_500);
    /**
     * The identity timeout of this process: the delayed call must not time out, or the request in
     * flight becomes a 503. The default 2 s left a slow JVM 0.5 s; this leaves 5 times the delay.
     */
    private static final Duration IDENTITY_TIMEOUT =
            IDENTITY_DELAY.multipliedBy(5).plusSeconds(1);

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @Test
    void sigterm_finishes_the_request_in_flight_then_exits_0() throws Exception {
        assertTrue(Files.isRegularFile(JAR), "run after `mvn package`: " + JAR.toAbsolutePath());
        var database = TestDatabase.empty();
        try (var identity = TestTokens.installOn(FakeIdentityServer.start())) {
            int port = freePort();
            var log = Files.createTempFile(Path.of("target"), "serve-", ".log").toFile();
            var builder = new ProcessBuilder(javaExecutable(), "-jar", JAR.toString(), "serve")
                    .redirectErrorStream(true)
                    .redirectOutput(log);
            var env = builder.environment();
            env.put("TENANT_ID", TestTokens.TENANT_ID);
            env.put("TENANT_NAME", TestTokens.TENANT_NAME);
            env.put("HOST", "127.0.0.1");
            env.put("PORT", Integer.toString(port));
            env.put("FILES_DIR", Path.of("target", "serve-files").toString());
            env.put("IDENTITY_URL", identity.baseUrl().toString());
            env.put("IDENTITY_TIMEOUT_MS", Long.toString(IDENTITY_TIMEOUT.toMillis()));
            env.put("DATABASE_URL", database.jdbcUrl());
            env.put("DB_USER", database.user());
            env.put("DB_PASSWORD", database.password());
            Process serve = builder.start();
            try {
                awaitReady(port, serve, log);

                // A request that is still being served when SIGTERM arrives: identity answers slowly.
                identity.failNext(Fault.delay(IDENTITY_DELAY));
                CompletableFuture<HttpResponse<String>> inFlight = http.sendAsync(
                        HttpRequest.newBuilder(uri(port, "/api/contacts"))
                                .header("Authorization", "Bearer " + TestTokens.MEMBER)
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                // Not a guessed sleep: the request is in flight once identity holds its call.
                awaitIdentityCall(TestTokens.MEMBER, identity, serve, log);
                serve.destroy(); // SIGTERM

                assertEquals(200, inFlight.get(30, TimeUnit.SECONDS).statusCode(), "the request in flight completes");
                assertTrue(serve.waitFor(30, TimeUnit.SECONDS), "the process stops within the grace period");
                assertEquals(0, serve.exitValue(), Files.readString(log.toPath()));
                var refused = assertThrows(
                        Exception.class,
                        () -> http.send(
                                HttpRequest.newBuilder(uri(port, "/health/live"))
                                        .build(),
                                HttpResponse.BodyHandlers.ofString()));
                assertTrue(
                        refused instanceof ConnectException
                                || refused.getCause() instanceof ConnectException
                                || refused instanceof IOException,
                        refused.toString());
                String output = Files.readString(log.toPath());
                assertTrue(!output.contains(TestTokens.MEMBER), "no token in the logs");
            } finally {
                serve.destroyForcibly();
            }
        }
    }

    private static void awaitIdentityCall(String token, FakeIdentityServer identity, Process serve, File log)
            throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (identity.userCalls(token) == 0) {
            if (!serve.isAlive() || System.nanoTime() > deadline) {
                throw new AssertionError("the request never reached identity: " + Files.readString(log.toPath()));
            }
            Thread.sleep(10);
        }
    }

    private void awaitReady(int port, Process serve, File log) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            if (!serve.isAlive()) {
                throw new AssertionError("serve exited early: " + Files.readString(log.toPath()));
            }
            try {
                var ready = http.send(
                        HttpRequest.newBuilder(uri(port, "/health/ready")).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (ready.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // Not listening yet: the jar is still starting and migrating.
            }
            Thread.sleep(200);
        }
        throw new AssertionError("serve did not become ready: " + Files.readString(log.toPath()));
    }

    private static URI uri(int port, String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String javaExecutable() {
        return ProcessHandle.current().info().command().orElse(System.getProperty("java.home") + "/bin/java");
    }
}
