package com.vecton.crm.bootstrap.e2e;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vecton.crm.adapter.out.identity.testing.TestTokens;
import com.vecton.crm.adapter.out.persistence.testing.TestDatabase;
import com.vecton.crm.bootstrap.TestWiring;
import com.vecton.crm.domain.file.ContentHash;
import com.vecton.crm.domain.testing.SampleContent;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The races of a content-addressed store, over HTTP on the real server and Postgres: concurrent
 * uploads of the same content store it once; the cleanup never takes content an upload is
 * storing or has stored, while it runs beside that upload, also as it would on another replica.
 */
class BlobRacesEndToEndTest {
    private static Path files;
    private static CrmHarness crm;
    private static final HttpClient BYTES =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @BeforeAll
    static void start() throws IOException {
        files = Files.createTempDirectory("crm-blob-races");
        crm = CrmHarness.on(TestDatabase.fresh(), Map.of("FILES_DIR", files.toString(), "DB_POOL_SIZE", "12"));
    }

    @AfterAll
    static void stop() {
        crm.close();
    }

    private static HttpResult upload(String name, byte[] content) {
        return crm.send(crm.request("/api/media", TestTokens.ADMIN)
                .header("Content-Type", MultipartBody.CONTENT_TYPE)
                .POST(MultipartBody.publisher(name, content)));
    }

    private static long count(String sql) {
        return crm.sql(c -> {
            var rows = c.createStatement().executeQuery(sql);
            rows.next();
            return rows.getLong(1);
        });
    }

    private static List<Path> regularFiles(String dir) throws IOException {
        if (!Files.exists(files.resolve(dir))) {
            return List.of();
        }
        try (Stream<Path> all = Files.walk(files.resolve(dir))) {
            return all.filter(Files::isRegularFile).toList();
        }
    }

    @Test
    void concurrent_uploads_of_the_same_content_store_it_once() throws Exception {
        byte[] png = SampleContent.png(123, 45);
        int uploads = 12;
        var pool = Executors.newFixedThreadPool(uploads);
        var start = new CountDownLatch(1);
        var answers = new ArrayList<Future<HttpResult>>();
        for (int i = 0; i < uploads; i++) {
            int n = i;
            answers.add(pool.submit(() -> {
                start.await();
                return upload("same-" + n + ".png", png);
            }));
        }
        start.countDown();
        var hashes = new HashSet<String>();
        for (var answer : answers) {
            var result = answer.get(60, TimeUnit.SECONDS);
            assertEquals(201, result.status(), result::toString);
            hashes.add(result.json().path("data").path("sha256").asText());
        }
        pool.shutdown();
        assertEquals(1, hashes.size());
        String hash = hashes.iterator().next();
        assertEquals(uploads, count("SELECT count(*) FROM media_items WHERE sha256 = '" + hash + "'"));
        assertEquals(1, count("SELECT count(*) FROM file_blobs WHERE sha256 = '" + hash + "'"));
        assertEquals(
                1,
                regularFiles("blobs").stream()
                        .filter(p -> p.getFileName().toString().equals(hash))
                        .count());
        assertEquals(List.of(), regularFiles("staging"));
    }

    @Test
    void the_cleanup_skips_content_whose_lock_an_upload_holds() throws Exception {
        byte[] gif = SampleContent.gif(77, 1);
        var item = upload("held.gif", gif);
        assertEquals(201, item.status(), item::toString);
        var hash = new ContentHash(item.json().path("data").path("sha256").asText());
        assertEquals(
                204,
                crm.delete("/api/media/" + item.json().path("data").path("id").asLong(), TestTokens.ADMIN)
                        .status());
        var cleanUp = TestWiring.blobCleanup(crm.app, files);
        var index = TestWiring.blobIndex(crm.app);
        var locked = new CountDownLatch(1);
        var release = new CountDownLatch(1);
        var holder = Executors.newSingleThreadExecutor()
                .submit(() -> TestWiring.transactions(crm.app).inTransaction(() -> {
                    // What an upload of the same content holds while it stores it (on this replica or another).
                    index.lock(hash);
                    locked.countDown();
                    try {
                        release.await(30, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }));
        assertTrue(locked.await(10, TimeUnit.SECONDS));
        cleanUp.cleanUp();
        assertTrue(Files.exists(blobPath(hash)), "a held content is skipped, not waited for and not deleted");
        release.countDown();
        holder.get(10, TimeUnit.SECONDS);
        cleanUp.cleanUp();
        assertFalse(Files.exists(blobPath(hash)), "once nobody holds it, unreferenced content goes");
    }

    @Test
    void uploads_racing_the_cleanup_of_their_own_content_always_keep_it() throws Exception {
        var cleanUp = TestWiring.blobCleanup(crm.app, files);
        var pool = Executors.newFixedThreadPool(3);
        for (int round = 0; round < 25; round++) {
            byte[] content = SampleContent.png(round + 1, 3);
            var first = upload("r.png", content);
            assertEquals(201, first.status(), first::toString);
            assertEquals(
                    204,
                    crm.delete(
                                    "/api/media/"
                                            + first.json()
                                                    .path("data")
                                                    .path("id")
                                                    .asLong(),
                                    TestTokens.ADMIN)
                            .status());
            var go = new CountDownLatch(1);
            Future<?> sweeper = pool.submit(() -> {
                go.await();
                for (int i = 0; i < 5; i++) {
                    cleanUp.cleanUp();
                }
                return null;
            });
            Future<HttpResult> again = pool.submit(() -> {
                go.await();
                return upload("r-again.png", content);
            });
            go.countDown();
            var kept = again.get(60, TimeUnit.SECONDS);
            sweeper.get(60, TimeUnit.SECONDS);
            assertEquals(201, kept.status(), kept::toString);
            long id = kept.json().path("data").path("id").asLong();
            var served = BYTES.send(
                    crm.request("/api/media/" + id + "/download", TestTokens.ADMIN)
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, served.statusCode(), "round " + round + ": the new item's content is there");
            assertArrayEquals(content, served.body());
        }
        pool.shutdown();
    }

    private static Path blobPath(ContentHash hash) {
        String hex = hash.hex();
        return files.resolve("blobs")
                .resolve(hex.substring(0, 2))
                .resolve(hex.substring(2, 4))
                .resolve(hex);
    }
}
