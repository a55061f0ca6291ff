package com.vecton.crm.bootstrap.e2e;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.vecton.crm.adapter.out.identity.testing.FakePolicy;
import com.vecton.crm.adapter.out.identity.testing.FakeUser;
import com.vecton.crm.adapter.out.identity.testing.TestTokens;
import com.vecton.crm.adapter.out.persistence.testing.TestDatabase;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
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
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Versioned documents over HTTP: create with a first version, next versions with If-Match, the
 * chain limit and the numbering under concurrent uploads, downloads, restore and delete of versions,
 * search and filters, and moves that need documents.update on both folders.
 */
class DocumentsEndToEndTest {
    private static final String ADMIN = TestTokens.ADMIN;
    private static final String P = TestTokens.FQN_PREFIX;
    private static final long CHAIN_LIMIT = 10_000;
    private static final HttpClient BYTES =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static Path files;
    private static CrmHarness crm;

    @BeforeAll
    static void start() throws IOException {
        files = Files.createTempDirectory("crm-documents");
        crm = CrmHarness.on(
                TestDatabase.fresh(),
                Map.of(
                        "FILES_DIR", files.toString(),
                        "DOCUMENT_CHAIN_LIMIT_BYTES", Long.toString(CHAIN_LIMIT),
                        "DB_POOL_SIZE", "10"));
    }

    @AfterAll
    static void stop() {
        crm.close();
    }

    private static long folder(String name) {
        var created =
                crm.post("/api/document-folders", ADMIN, "{\"name\": \"" + name + " " + System.nanoTime() + "\"}");
        assertEquals(201, created.status(), created::toString);
        return created.json().path("data").path("id").asLong();
    }

    private static byte[] form(Map<String, String> fields, String filename, byte[] content) {
        var out = new ByteArrayOutputStream();
        String b = MultipartBody.BOUNDARY;
        fields.forEach((name, value) -> out.writeBytes(
                ("--" + b + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n")
                        .getBytes(StandardCharsets.UTF_8)));
        out.writeBytes(("--" + b + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename
                        + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        out.writeBytes(content);
        out.writeBytes(("\r\n--" + b + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }

    private static HttpResult multipart(String path, String token, byte[] body, String... headers) {
        var request = crm.request(path, token).header("Content-Type", MultipartBody.CONTENT_TYPE);
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return crm.send(request.POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    private static JsonNode document(long folder, String title, String filename, byte[] content) {
        var created = multipart(
                "/api/documents",
                ADMIN,
                form(
                        Map.of("title", title, "folder_id", Long.toString(folder), "description", "Entwurf"),
                        filename,
                        content));
        assertEquals(201, created.status(), created::toString);
        return created.json().path("data");
    }

    private static HttpResult version(long id, byte[] content, String... headers) {
        return multipart("/api/documents/" + id + "/versions", ADMIN, form(Map.of(), "v.txt", content), headers);
    }

    private static byte[] text(String content) {
        return content.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void a_document_has_its_first_version_and_takes_the_next_with_if_match() throws Exception {
        long f = folder("Verträge");
        var doc = document(f, "Rahmenvertrag", "rahmen.txt", text("Entwurf eins"));
        long id = doc.path("id").asLong();
        assertEquals(1, doc.path("current_version").asInt());
        assertEquals("text/plain", doc.path("mime_type").asText());
        var shown = crm.get("/api/documents/" + id, ADMIN);
        String etag = shown.headers().firstValue("ETag").orElseThrow();

        var second = version(id, text("Endfassung"), "If-Match", etag);
        assertEquals(200, second.status(), second::toString);
        assertEquals(2, second.json().path("data").path("current_version").asInt());
        var stale = version(id, text("zu spät"), "If-Match", etag);
        assertEquals(412, stale.status(), stale::toString);

        var versions = crm.get("/api/documents/" + id + "/versions", ADMIN);
        assertEquals(200, versions.status(), versions::toString);
        assertEquals(2, versions.json().path("data").size());
        assertEquals(
                "rahmen.txt",
                versions.json().path("data").path(0).path("original_name").asText());

        var current = BYTES.send(
                crm.request("/api/documents/" + id + "/download", ADMIN).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, current.statusCode());
        assertArrayEquals(text("Endfassung"), current.body());
        assertTrue(current.headers()
                .firstValue("Content-Disposition")
                .orElseThrow()
                .contains("filename=\"v.txt\""));
        var first = BYTES.send(
                crm.request("/api/documents/" + id + "/versions/1/download", ADMIN)
                        .header("Range", "bytes=0-6")
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(206, first.statusCode());
        assertArrayEquals(text("Entwurf"), first.body());
        assertEquals(
                404,
                crm.get("/api/documents/" + id + "/versions/9/download", ADMIN).status());
    }

    @Test
    void two_concurrent_uploads_on_one_etag_never_both_become_the_next() throws Exception {
        long id = document(folder("Race"), "Angebot", "a.txt", text("v1"))
                .path("id")
                .asLong();
        var pool = Executors.newFixedThreadPool(2);
        for (int round = 0; round < 5; round++) {
            String etag = crm.get("/api/documents/" + id, ADMIN)
                    .headers()
                    .firstValue("ETag")
                    .orElseThrow();
            var go = new CountDownLatch(1);
            var answers = new ArrayList<Future<HttpResult>>();
            for (int i = 0; i < 2; i++) {
                byte[] content = text("round " + round + " upload " + i);
                answers.add(pool.submit(() -> {
                    go.await();
                    return version(id, content, "If-Match", etag);
                }));
            }
            go.countDown();
            var statuses = new ArrayList<Integer>();
            for (var a : answers) {
                statuses.add(a.get(30, TimeUnit.SECONDS).status());
            }
            statuses.sort(null);
            assertEquals(List.of(200, 412), statuses);
        }
        pool.shutdown();
        assertEquals(
                6,
                crm.get("/api/documents/" + id + "/versions", ADMIN)
                        .json()
                        .path("data")
                        .size());
    }

    @Test
    void concurrent_uploads_get_distinct_numbers_without_gaps() throws Exception {
        long id = document(folder("Numbers"), "Liste", "l.txt", text("1"))
                .path("id")
                .asLong();
        int uploads = 8;
        var pool = Executors.newFixedThreadPool(uploads);
        var go = new CountDownLatch(1);
        var answers = new ArrayList<Future<HttpResult>>();
        for (int i = 0; i < uploads; i++) {
            byte[] content = text("upload " + i);
            answers.add(pool.submit(() -> {
                go.await();
                return version(id, content);
            }));
        }
        go.countDown();
        var numbers = new HashSet<Integer>();
        for (var a : answers) {
            var r = a.get(30, TimeUnit.SECONDS);
            assertEquals(200, r.status(), r::toString);
            numbers.add(r.json().path("data").path("current_version").asInt());
        }
        pool.shutdown();
        var listed = new HashSet<Integer>();
        crm.get("/api/documents/" + id + "/versions", ADMIN)
                .json()
                .path("data")
                .forEach(v -> listed.add(v.path("number").asInt()));
        assertEquals(uploads + 1, listed.size());
        for (int n = 1; n <= uploads + 1; n++) {
            assertTrue(listed.contains(n), "version " + n + " of " + listed);
        }
        assertEquals(uploads, numbers.size(), "each upload became its own version");
    }

    @Test
    void the_chain_limit_holds_under_concurrent_uploads() throws Exception {
        long id = document(folder("Chain"), "Groß", "g.bin", new byte[4_000])
                .path("id")
                .asLong();
        var pool = Executors.newFixedThreadPool(2);
        var go = new CountDownLatch(1);
        var answers = new ArrayList<Future<HttpResult>>();
        for (int i = 0; i < 2; i++) {
            byte[] content = new byte[4_000];
            content[0] = (byte) i;
            answers.add(pool.submit(() -> {
                go.await();
                return version(id, content);
            }));
        }
        go.countDown();
        var statuses = new ArrayList<Integer>();
        HttpResult refused = null;
        for (var a : answers) {
            var r = a.get(30, TimeUnit.SECONDS);
            statuses.add(r.status());
            if (r.status() == 422) {
                refused = r;
            }
        }
        pool.shutdown();
        statuses.sort(null);
        assertEquals(List.of(200, 422), statuses);
        assertEquals("version_chain_size_exceeded", refused.error());
        assertTrue(
                refused.json().path("detail").asText().contains("8000")
                        && refused.json().path("detail").asText().contains("10000"),
                refused::toString);
        long chain = crm.get("/api/documents/" + id, ADMIN)
                .json()
                .path("data")
                .path("chain_size")
                .asLong();
        assertEquals(8_000, chain);
        var tooBig = version(id, new byte[(int) CHAIN_LIMIT + 10]);
        assertEquals(413, tooBig.status(), tooBig::toString);
    }

    @Test
    void an_old_version_is_restored_as_a_copy_and_can_then_be_removed() {
        long id = document(folder("History"), "Preisliste", "p1.txt", text("alt"))
                .path("id")
                .asLong();
        assertEquals(200, version(id, text("neu")).status());
        var restored = crm.post("/api/documents/" + id + "/versions/1/restore", ADMIN, "");
        assertEquals(200, restored.status(), restored::toString);
        var data = restored.json().path("data");
        assertEquals(3, data.path("current_version").asInt());
        var versions =
                crm.get("/api/documents/" + id + "/versions", ADMIN).json().path("data");
        assertEquals(
                versions.path(0).path("sha256").asText(),
                versions.path(2).path("sha256").asText());
        var current = crm.delete("/api/documents/" + id + "/versions/3", ADMIN);
        assertEquals(422, current.status());
        assertEquals("document_version_current", current.error());
        assertEquals(
                204, crm.delete("/api/documents/" + id + "/versions/2", ADMIN).status());
        assertEquals(
                204, crm.delete("/api/documents/" + id + "/versions/1", ADMIN).status());
        var only = crm.delete("/api/documents/" + id + "/versions/3", ADMIN);
        assertEquals(422, only.status());
        assertEquals(
                1,
                crm.get("/api/documents/" + id + "/versions", ADMIN)
                        .json()
                        .path("data")
                        .size());
    }

    @Test
    void search_and_filters() {
        long top = folder("Kunden");
        var child = crm.post("/api/document-folders", ADMIN, "{\"name\": \"Müller\", \"parent_id\": " + top + "}");
        long sub = child.json().path("data").path("id").asLong();
        long a = document(top, "Übersicht Ärzte", "liste.txt", text("x"))
                .path("id")
                .asLong();
        long b = document(sub, "Angebot", "Straße-Plan.txt", text("y"))
                .path("id")
                .asLong();
        assertTrue(ids("/api/documents?search=arzte").contains(a));
        assertTrue(ids("/api/documents?search=strasse").contains(b), "original file names are searched");
        assertEquals(List.of(a), ids("/api/documents?folder_id=" + top));
        var both = ids("/api/documents?folder_id=" + top + "&include_subfolders=true");
        assertTrue(both.contains(a) && both.contains(b));
        assertTrue(ids("/api/documents?mime_type=text/plain").contains(a));
        var tagged = multipart(
                "/api/documents",
                ADMIN,
                form(
                        Map.of("title", "Getaggt", "folder_id", Long.toString(top), "tags", "rahmen"),
                        "t.txt",
                        text("t")));
        assertEquals(201, tagged.status(), tagged::toString);
        long t = tagged.json().path("data").path("id").asLong();
        assertEquals("rahmen", tagged.json().path("data").path("tags").path(0).asText());
        assertEquals(List.of(t), ids("/api/documents?tag=rahmen"));
        assertEquals(422, crm.get("/api/documents?folder_id=abc", ADMIN).status());
    }

    private static List<Long> ids(String path) {
        var list = crm.get(path + (path.contains("?") ? "&" : "?") + "per_page=100", ADMIN);
        assertEquals(200, list.status(), list::toString);
        var ids = new ArrayList<Long>();
        list.json().path("data").forEach(d -> ids.add(d.path("id").asLong()));
        return ids;
    }

    @Test
    void a_move_needs_update_on_the_source_and_the_target_folder() {
        long source = folder("Quelle");
        long target = folder("Ziel");
        long forbidden = folder("Gesperrt");
        long id = document(source, "Vertrag", "v.txt", text("v")).path("id").asLong();
        String token = "tok-doc-mover-" + System.nanoTime();
        crm.identity.user(
                token,
                FakeUser.withId("u-mover")
                        .named("Mira Mover")
                        .email("mira@acme.test")
                        .memberOf(TestTokens.TENANT_ID, TestTokens.TENANT_NAME));
        crm.identity.policies(
                token,
                FakePolicy.list(
                        FakePolicy.allow(P + "documents.*"),
                        FakePolicy.deny(P + "documents.update").on("crm:document_folders/" + forbidden)));
        var intoForbidden = crm.post("/api/documents/" + id + "/move", token, "{\"folder_id\": " + forbidden + "}");
        assertEquals(403, intoForbidden.status(), intoForbidden::toString);
        assertEquals("permission_denied", intoForbidden.error());
        assertTrue(
                intoForbidden.json().path("detail").asText().contains("target folder " + forbidden),
                intoForbidden::toString);
        var moved = crm.post("/api/documents/" + id + "/move", token, "{\"folder_id\": " + target + "}");
        assertEquals(200, moved.status(), moved::toString);
        assertEquals(target, moved.json().path("data").path("folder_id").asLong());

        long locked =
                document(forbidden, "Gesperrt", "g.txt", text("g")).path("id").asLong();
        var outOfForbidden = crm.patch("/api/documents/" + locked, token, "{\"folder_id\": " + target + "}");
        assertEquals(403, outOfForbidden.status(), outOfForbidden::toString);
        assertTrue(
                outOfForbidden.json().path("detail").asText().contains("source folder " + forbidden),
                outOfForbidden::toString);
        assertEquals(
                forbidden,
                crm.get("/api/documents/" + locked, ADMIN)
                        .json()
                        .path("data")
                        .path("folder_id")
                        .asLong());
    }

    @Test
    void a_policy_on_the_folder_decides_the_items_and_filters_the_list_in_sql() {
        long open = folder("Offen");
        long closed = folder("Geschlossen");
        long visible = document(open, "Sichtbar", "s.txt", text("s")).path("id").asLong();
        long hidden =
                document(closed, "Verborgen", "h.txt", text("h")).path("id").asLong();
        String token = "tok-doc-reader-" + System.nanoTime();
        crm.identity.user(
                token,
                FakeUser.withId("u-doc-reader")
                        .named("Rita Reader")
                        .email("rita@acme.test")
                        .memberOf(TestTokens.TENANT_ID, TestTokens.TENANT_NAME));
        crm.identity.policies(
                token,
                FakePolicy.list(
                        FakePolicy.allow(P + "documents.list"),
                        FakePolicy.allow(P + "documents.view")
                                .when("StringEquals", "resource.folder_id", Long.toString(open))));
        assertEquals(200, crm.get("/api/documents/" + visible, token).status());
        assertEquals(403, crm.get("/api/documents/" + hidden, token).status());
        var list = crm.get("/api/documents?per_page=100", token);
        assertEquals(200, list.status(), list::toString);
        var ids = new ArrayList<Long>();
        list.json().path("data").forEach(d -> ids.add(d.path("id").asLong()));
        assertTrue(ids.contains(visible) && !ids.contains(hidden), ids::toString);
        assertEquals(ids.size(), list.json().path("meta").path("total").asInt(), "the total counts only what it shows");
    }

    @Test
    void a_policy_on_the_creator_decides_the_items_and_filters_the_list_in_sql() {
        long f = folder("Eigene");
        String token = "tok-doc-author-" + System.nanoTime();
        crm.identity.user(
                token,
                FakeUser.withId("u-doc-author")
                        .named("Anton Author")
                        .email("anton@acme.test")
                        .memberOf(TestTokens.TENANT_ID, TestTokens.TENANT_NAME));
        crm.identity.policies(
                token,
                FakePolicy.list(
                        FakePolicy.allow(P + "documents.list", P + "documents.create"),
                        FakePolicy.allow(P + "documents.view")
                                .when("StringEquals", "resource.created_by", "${user.id}")));
        var created = multipart(
                "/api/documents",
                token,
                form(Map.of("title", "Meins", "folder_id", Long.toString(f)), "m.txt", text("m")));
        assertEquals(201, created.status(), created::toString);
        long own = created.json().path("data").path("id").asLong();
        long others = document(f, "Fremd", "f.txt", text("f")).path("id").asLong();
        assertEquals(200, crm.get("/api/documents/" + own, token).status());
        assertEquals(403, crm.get("/api/documents/" + others, token).status());
        var list = crm.get("/api/documents?folder_id=" + f, token);
        assertEquals(200, list.status(), list::toString);
        var ids = new ArrayList<Long>();
        list.json().path("data").forEach(d -> ids.add(d.path("id").asLong()));
        assertEquals(List.of(own), ids, "only the caller's own document is listed");
        assertEquals(1, list.json().path("meta").path("total").asInt(), "the total counts only what it shows");
    }

    @Test
    void a_recursive_folder_delete_takes_its_documents_and_restore_brings_one_back() {
        long f = folder("Weg");
        long id = document(f, "Altvertrag", "a.txt", text("a")).path("id").asLong();
        assertEquals(422, crm.delete("/api/document-folders/" + f, ADMIN).status());
        assertEquals(
                204,
                crm.delete("/api/document-folders/" + f + "?recursive=true", ADMIN)
                        .status());
        assertEquals(404, crm.get("/api/documents/" + id, ADMIN).status());
        assertEquals(
                422, crm.post("/api/documents/" + id + "/restore", ADMIN, "").status(), "its folder is deleted");
        assertEquals(
                200,
                crm.post("/api/document-folders/" + f + "/restore", ADMIN, "").status());
        assertEquals(
                200, crm.post("/api/documents/" + id + "/restore", ADMIN, "").status());
    }

    @Test
    void a_document_needs_a_live_folder_and_a_file() {
        var noFolder = multipart("/api/documents", ADMIN, form(Map.of("title", "x"), "x.txt", text("x")));
        assertEquals(422, noFolder.status(), noFolder::toString);
        assertTrue(noFolder.json().path("errors").has("folder_id"));
        var unknown = multipart(
                "/api/documents", ADMIN, form(Map.of("title", "x", "folder_id", "999999"), "x.txt", text("x")));
        assertEquals(422, unknown.status(), unknown::toString);
        assertEquals(403, crm.get("/api/documents", TestTokens.MEMBER).status());
    }
}
