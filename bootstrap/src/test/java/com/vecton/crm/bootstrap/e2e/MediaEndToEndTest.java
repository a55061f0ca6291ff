package com.vecton.crm.bootstrap.e2e;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.vecton.crm.adapter.out.identity.testing.TestTokens;
import com.vecton.crm.adapter.out.persistence.testing.TestDatabase;
import com.vecton.crm.bootstrap.TestWiring;
import com.vecton.crm.domain.testing.SampleContent;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Media uploads over HTTP against the real server, Postgres and a file store on a temporary
 * directory: the corpus of files the test makes itself, each accepted or refused by its content,
 * with no file left behind for a refused one; downloads with their headers, ranges and tags; the
 * streamed 413; delete and the blob cleanup.
 */
class MediaEndToEndTest {
    private static final String ADMIN = TestTokens.ADMIN;
    private static final long MAX_BYTES = 1024 * 1024;
    private static final HttpClient BYTES =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private static Path files;
    private static CrmHarness crm;

    @BeforeAll
    static void start() throws IOException {
        files = Files.createTempDirectory("crm-media-test");
        crm = CrmHarness.on(
                TestDatabase.fresh(),
                Map.of("FILES_DIR", files.toString(), "MEDIA_MAX_BYTES", Long.toString(MAX_BYTES)));
    }

    @AfterAll
    static void stop() {
        crm.close();
    }

    static HttpResult upload(String token, String filename, byte[] content) {
        return crm.send(crm.request("/api/media", token)
                .header("Content-Type", MultipartBody.CONTENT_TYPE)
                .POST(MultipartBody.publisher(filename, content)));
    }

    private static JsonNode accepted(String filename, byte[] content, String mimeType) {
        var created = upload(ADMIN, filename, content);
        assertEquals(201, created.status(), created::toString);
        var item = created.json().path("data");
        assertEquals(mimeType, item.path("mime_type").asText(), created::toString);
        assertTrue(item.path("stored_name").asText().matches("[0-9a-f]{32}\\.[a-z]{3,4}"), created::toString);
        return item;
    }

    private static void refused(String filename, byte[] content, String code, String detailNames) throws IOException {
        long rows = mediaRows();
        long blobs = storedFiles("blobs");
        var answer = upload(ADMIN, filename, content);
        assertEquals(422, answer.status(), answer::toString);
        assertEquals(code, answer.error(), answer::toString);
        assertTrue(answer.json().path("detail").asText().contains(detailNames), answer::toString);
        assertEquals(rows, mediaRows(), "no row for a refused upload");
        assertEquals(blobs, storedFiles("blobs"), "no stored file for a refused upload");
        assertEquals(0, storedFiles("staging"), "no staged file left behind");
    }

    static long mediaRows() {
        return crm.sql(c -> {
            var rows = c.createStatement().executeQuery("SELECT count(*) FROM media_items");
            rows.next();
            return rows.getLong(1);
        });
    }

    static long storedFiles(String dir) throws IOException {
        Path root = files.resolve(dir);
        if (!Files.exists(root)) {
            return 0;
        }
        try (Stream<Path> all = Files.walk(root)) {
            return all.filter(Files::isRegularFile).count();
        }
    }

    private static HttpResponse<byte[]> download(long id, String... headers) throws Exception {
        var request = crm.request("/api/media/" + id + "/download", ADMIN);
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return BYTES.send(request.GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String sha256(byte[] content) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    }

    @Test
    void allowed_kinds_are_kept_with_the_size_their_header_states() {
        var png = accepted("photo.png", SampleContent.png(40, 30), "image/png");
        assertEquals(40, png.path("width").asLong());
        assertEquals(30, png.path("height").asLong());
        accepted("photo.jpg", SampleContent.jpeg(800, 600), "image/jpeg");
        accepted("anim.gif", SampleContent.gif(16, 16), "image/gif");
        accepted("pic.webp", SampleContent.webp(100, 50), "image/webp");
        var pdf = accepted("doc.pdf", SampleContent.pdfWithJavaScript(), "application/pdf");
        assertTrue(pdf.path("width").isNull());
    }

    @Test
    void the_corpus_is_refused_by_content_whatever_its_name_says() throws Exception {
        refused("page.png", SampleContent.html(), "media_type_not_allowed", "text/html");
        refused("icon.png", SampleContent.svgWithScript(), "media_type_not_allowed", "image/svg+xml");
        refused("report.pdf", SampleContent.zip(), "media_type_not_allowed", "application/zip");
        refused("empty.png", new byte[0], "media_type_not_allowed", "application/octet-stream");
        refused("broken.jpg", SampleContent.truncatedJpeg(), "image_unreadable", "JPEG");
        refused("bomb.png", SampleContent.pngBombHeader(20_000, 20_000), "image_too_large", "400000000");
    }

    @Test
    void a_polyglot_is_kept_as_the_image_it_is_and_never_served_as_html() throws Exception {
        byte[] polyglot = SampleContent.pngHtmlPolyglot();
        var item = accepted("page.html", polyglot, "image/png");
        var served = download(item.path("id").asLong());
        assertEquals(200, served.statusCode());
        assertEquals("image/png", served.headers().firstValue("Content-Type").orElseThrow());
        assertEquals(
                "nosniff", served.headers().firstValue("X-Content-Type-Options").orElseThrow());
        assertTrue(served.headers()
                .firstValue("Content-Security-Policy")
                .orElseThrow()
                .contains("sandbox"));
        assertTrue(
                served.headers().firstValue("Content-Disposition").orElseThrow().startsWith("attachment;"));
        assertArrayEquals(polyglot, served.body());
    }

    @Test
    void a_pdf_with_javascript_is_allowed_but_only_ever_served_as_an_attachment() throws Exception {
        byte[] pdf = SampleContent.pdfWithJavaScript();
        var item = accepted("invoice.pdf", pdf, "application/pdf");
        var served = download(item.path("id").asLong());
        assertEquals(200, served.statusCode());
        assertEquals(
                "application/pdf", served.headers().firstValue("Content-Type").orElseThrow());
        assertEquals(
                "nosniff", served.headers().firstValue("X-Content-Type-Options").orElseThrow());
        String disposition = served.headers().firstValue("Content-Disposition").orElseThrow();
        assertTrue(
                disposition.startsWith(
                        "attachment; filename=\"" + item.path("stored_name").asText() + "\""),
                disposition);
        assertEquals(
                "\"" + sha256(pdf) + "\"", served.headers().firstValue("ETag").orElseThrow());
        assertArrayEquals(pdf, served.body());
    }

    @Test
    void hostile_names_are_cleaned_and_never_become_the_stored_name() throws IOException {
        byte[] png = SampleContent.png(2, 2);
        assertEquals(
                "passwd.png",
                accepted("../../etc/passwd.png", png, "image/png")
                        .path("original_name")
                        .asText());
        assertEquals(
                "boot.png",
                accepted("..\\\\..\\\\boot.png", png, "image/png")
                        .path("original_name")
                        .asText());
        assertEquals(
                "ab.png",
                accepted("a\u0000b.png", png, "image/png").path("original_name").asText());
        assertEquals(
                "x%2F..%2Fy.png",
                accepted("x%2F..%2Fy.png", png, "image/png")
                        .path("original_name")
                        .asText());
        assertEquals(
                "invoicegnp.exe",
                accepted("invoice\u202Egnp.exe", png, "image/png")
                        .path("original_name")
                        .asText());
        String longName = accepted("n".repeat(300) + ".png", png, "image/png")
                .path("original_name")
                .asText();
        assertEquals(255, longName.length());
        assertTrue(longName.endsWith(".png"));
        try (Stream<Path> stored = Files.walk(files)) {
            assertTrue(stored.allMatch(
                    p -> p.startsWith(files) && !p.getFileName().toString().contains("passwd")));
        }
    }

    @Test
    void downloads_take_ranges_and_tags() throws Exception {
        byte[] pdf = SampleContent.concat(
                SampleContent.pdfHead(), "0123456789".repeat(100).getBytes(StandardCharsets.US_ASCII));
        long id = accepted("range.pdf", pdf, "application/pdf").path("id").asLong();
        String tag = "\"" + sha256(pdf) + "\"";

        var part = download(id, "Range", "bytes=10-19");
        assertEquals(206, part.statusCode());
        assertEquals(
                "bytes 10-19/" + pdf.length,
                part.headers().firstValue("Content-Range").orElseThrow());
        assertArrayEquals(java.util.Arrays.copyOfRange(pdf, 10, 20), part.body());

        var suffix = download(id, "Range", "bytes=-5");
        assertEquals(206, suffix.statusCode());
        assertArrayEquals(java.util.Arrays.copyOfRange(pdf, pdf.length - 5, pdf.length), suffix.body());

        var open = download(id, "Range", "bytes=" + (pdf.length - 3) + "-");
        assertEquals(3, open.body().length);

        var beyond = download(id, "Range", "bytes=" + pdf.length + "-");
        assertEquals(416, beyond.statusCode());
        assertEquals(
                "bytes */" + pdf.length,
                beyond.headers().firstValue("Content-Range").orElseThrow());

        var several = download(id, "Range", "bytes=0-1,5-6");
        assertEquals(200, several.statusCode(), "several ranges get the whole content");
        assertArrayEquals(pdf, several.body());

        var notModified = download(id, "If-None-Match", tag);
        assertEquals(304, notModified.statusCode());
        assertEquals(0, notModified.body().length);

        var staleIfRange = download(id, "Range", "bytes=0-3", "If-Range", "\"other\"");
        assertEquals(200, staleIfRange.statusCode());
    }

    @Test
    void an_upload_over_the_limit_is_cut_off_while_it_streams() throws Exception {
        long rows = mediaRows();
        // Chunked: no length up front, so only counting while reading can refuse it.
        var streamed = crm.send(crm.request("/api/media", ADMIN)
                .header("Content-Type", MultipartBody.CONTENT_TYPE)
                .POST(MultipartBody.streamed(
                        "big.pdf",
                        () -> new java.io.SequenceInputStream(
                                new ByteArrayInputStream(SampleContent.pdfHead()),
                                new ByteArrayInputStream(new byte[(int) (2 * MAX_BYTES)])))));
        assertEquals(413, streamed.status(), streamed::toString);
        assertEquals("payload_too_large", streamed.error());
        // Declared: refused before a byte of it is read.
        byte[] body = MultipartBody.of("file", "big.pdf", "application/pdf", new byte[(int) (MAX_BYTES + 100_000)]);
        var declared = crm.send(crm.request("/api/media", ADMIN)
                .header("Content-Type", MultipartBody.CONTENT_TYPE)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
        assertEquals(413, declared.status(), declared::toString);
        assertEquals(rows, mediaRows());
        assertEquals(0, storedFiles("staging"));
    }

    @Test
    void a_body_without_a_file_is_a_validation_failure_and_not_multipart_is_refused() {
        var noFile = crm.send(crm.request("/api/media", ADMIN)
                .header("Content-Type", MultipartBody.CONTENT_TYPE)
                .POST(HttpRequest.BodyPublishers.ofByteArray(
                        MultipartBody.of("other", "x.png", "image/png", new byte[3]))));
        assertEquals(422, noFile.status(), noFile::toString);
        assertTrue(noFile.json().path("errors").has("file"), noFile::toString);
        var json = crm.post("/api/media", ADMIN, "{}");
        assertEquals(415, json.status(), json::toString);
    }

    @Test
    void media_routes_need_their_permissions() {
        var upload = upload(TestTokens.MEMBER, "a.png", SampleContent.png(1, 1));
        assertEquals(403, upload.status(), upload::toString);
        assertEquals(403, crm.get("/api/media", TestTokens.MEMBER).status());
        assertEquals(401, crm.get("/api/media", null).status());
    }

    @Test
    void list_show_and_delete_and_the_cleanup_removes_what_nothing_refers_to() throws Exception {
        byte[] gif = SampleContent.gif(31, 7);
        var first = accepted("one.gif", gif, "image/gif");
        var second = accepted("two.gif", gif, "image/gif");
        assertEquals(first.path("sha256").asText(), second.path("sha256").asText());
        String hash = first.path("sha256").asText();
        Path stored = files.resolve("blobs")
                .resolve(hash.substring(0, 2))
                .resolve(hash.substring(2, 4))
                .resolve(hash);
        assertTrue(Files.exists(stored), "the same content is stored once, under its hash");

        var list = crm.get("/api/media?mime_type=image/gif&per_page=100", ADMIN);
        assertEquals(200, list.status(), list::toString);
        assertTrue(list.json().path("meta").path("total").asLong() >= 2);
        assertEquals(422, crm.get("/api/media?mime_type=text/html", ADMIN).status());

        long id = first.path("id").asLong();
        var show = crm.get("/api/media/" + id, ADMIN);
        assertEquals(200, show.status());
        assertEquals("\"1\"", show.headers().firstValue("ETag").orElseThrow());

        var cleanUp = TestWiring.blobCleanup(crm.app, files);
        assertEquals(204, crm.delete("/api/media/" + id, ADMIN).status());
        assertEquals(404, crm.get("/api/media/" + id, ADMIN).status());
        cleanUp.cleanUp();
        assertTrue(Files.exists(stored), "the second item still refers to the content");

        assertEquals(
                204,
                crm.delete("/api/media/" + second.path("id").asLong(), ADMIN).status());
        assertTrue(cleanUp.cleanUp() >= 1);
        assertTrue(Files.notExists(stored), "nothing refers to it any more");
        assertEquals(0L, (long) crm.sql(c -> {
            var rows = c.prepareStatement("SELECT count(*) FROM file_blobs WHERE sha256 = ?");
            rows.setString(1, hash);
            var r = rows.executeQuery();
            r.next();
            return r.getLong(1);
        }));
        var again = accepted("three.gif", gif, "image/gif");
        assertTrue(Files.exists(stored), "the same content uploaded again is stored again");
        var served = download(again.path("id").asLong());
        assertArrayEquals(gif, served.body());
    }

    static InputStream unused() {
        return InputStream.nullInputStream();
    }
}
