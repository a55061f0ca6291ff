package com.vecton.crm.bootstrap.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.vecton.crm.adapter.out.identity.testing.TestTokens;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The CSV export of 100,000 entries (about 130 MB) through the real HTTP route, in a JVM whose
 * whole heap is 128 MiB: server, database pool and this client share it. Holding the rows at any
 * step (the driver's result set without a cursor, a list of entries, the CSV in a buffer) does not
 * fit and fails with an OutOfMemoryError; streaming needs a few MiB.
 *
 * <p>Runs in its own surefire execution ({@code small-heap} in bootstrap's pom, {@code -Xmx128m}),
 * which is why its name ends in {@code SmallHeapTest}; the default execution leaves it out.
 */
class TimeEntryExportSmallHeapTest {
    private static final int ROWS = 100_000;
    private static final long SMALL_HEAP = 128L * 1024 * 1024;
    /** CrmHarness's {@code DB_POOL_SIZE}. */
    private static final int HARNESS_POOL_SIZE = 4;
    /**
     * Long enough that the rows as the database sends them (about 130 MB) do not fit in the heap:
     * even an export that maps rows one by one fails if the driver reads them all first.
     */
    private static final int NOTE_LENGTH = 1_300;

    private static CrmHarness crm;
    private static long project;

    @BeforeAll
    static void aYearOfEntries() {
        // Run by name (-Dtest=...), the default execution picks this class up too: only the small heap proves anything.
        assumeTrue(
                Runtime.getRuntime().maxMemory() <= SMALL_HEAP * 1.1,
                "needs the small-heap execution's 128 MiB, not "
                        + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MiB");
        crm = CrmHarness.start();
        var created = crm.post("/api/projects", TestTokens.ADMIN, "{\"name\": \"A busy year\"}");
        assertEquals(201, created.status(), created::toString);
        project = created.json().path("data").path("id").asLong();
        // One entry every 5 minutes from New Year: 100,000 of them end in mid-December. Every
        // thousandth note looks like a formula.
        crm.sql(c -> {
            try (var user = c.createStatement()) {
                user.executeUpdate(
                        "INSERT INTO tenant_users (id, name, is_active) VALUES ('u-busy', 'Busy Bee', true)");
                // The pool's statement timeout is for requests; this load takes a few seconds on an
                // idle machine and several times that on a busy one, and is the test's, not a request's.
                user.execute("SET statement_timeout = 0");
            }
            try (var insert = c.prepareStatement("""
                    INSERT INTO time_entries (user_id, project_id, started_at, ended_at, note, billable,
                                              created_at, updated_at)
                    SELECT 'u-busy', ?, t, t + interval '3 minutes',
                           CASE WHEN n % 1000 = 0 THEN '=1+' ELSE 'Note ' END || n || ' ' || repeat('x', ?),
                           n % 2 = 0, now(), now()
                    FROM generate_series(0, ? - 1) AS n,
                         LATERAL (SELECT timestamptz '2026-01-01T00:00:00Z' + n * interval '5 minutes') AS start (t)""")) {
                insert.setLong(1, project);
                insert.setInt(2, NOTE_LENGTH);
                insert.setInt(3, ROWS);
                return insert.executeUpdate();
            } finally {
                try (var reset = c.createStatement()) {
                    reset.execute("RESET statement_timeout");
                }
            }
        });
    }

    @AfterAll
    static void stop() {
        if (crm != null) {
            crm.close();
        }
    }

    @Test
    void a_year_of_100k_entries_streams_through_a_128_mib_heap() throws Exception {
        var client =
                HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        var request = crm.request("/api/time-entries/export?from=2026-01-01&to=2026-12-31&format=csv", TestTokens.ADMIN)
                .timeout(Duration.ofSeconds(60))
                .GET()
                .build();
        long started = System.nanoTime();
        HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
        assertEquals(200, response.statusCode());
        long rows = 0;
        long formulas = 0;
        long bytes;
        try (var counted = new CountingStream(response.body());
                Reader reader = new InputStreamReader(counted, StandardCharsets.UTF_8);
                var csv = CSVFormat.RFC4180
                        .builder()
                        .setHeader()
                        .setSkipHeaderRecord(true)
                        .get()
                        .parse(reader)) {
            for (CSVRecord row : csv) {
                rows++;
                if (row.get("note").startsWith("'=1+")) {
                    formulas++;
                }
            }
            bytes = counted.count;
        }
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        assertEquals(ROWS, rows);
        assertEquals(ROWS / 1000, formulas, "every formula-looking note is quoted");
        assertTrue(bytes > SMALL_HEAP, "the file is larger than the heap: " + bytes + " bytes");
        assertTrue(took.compareTo(Duration.ofSeconds(20)) < 0, "streamed in " + took);
    }

    @Test
    void exports_abandoned_by_their_clients_give_their_database_connections_back() throws Exception {
        // More exports than the pool has connections: one kept by an abandoned export would starve the next.
        for (int i = 0; i < HARNESS_POOL_SIZE + 2; i++) {
            var client =
                    HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            var request = crm.request("/api/time-entries/export?from=2026-01-01&to=2026-12-31", TestTokens.ADMIN)
                    .timeout(Duration.ofSeconds(20))
                    .GET()
                    .build();
            HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
            assertEquals(200, response.statusCode(), "export " + i + " got a connection");
            try (InputStream body = response.body()) {
                assertTrue(body.readNBytes(64 * 1024).length > 0);
            }
            client.close();
        }

        var list = crm.get("/api/time-entries?per_page=1", TestTokens.ADMIN);
        assertEquals(200, list.status(), list::toString);
    }

    /** Counts what passes through, keeping none of it. */
    private static final class CountingStream extends FilterInputStream {
        long count;

        CountingStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count += n;
            }
            return n;
        }
    }
}
