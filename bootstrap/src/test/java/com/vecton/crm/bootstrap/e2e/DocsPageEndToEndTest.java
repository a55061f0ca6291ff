package com.vecton.crm.bootstrap.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code GET /docs} on the real server: the Swagger UI page and every file it loads are served by
 * the process itself, without a token, with their media types and the edge's headers, and the
 * page and its initializer name no address elsewhere (the browser test in {@code web-tests/}
 * shows that the page, run, loads nothing from elsewhere). And the description the page reads
 * names, as its server, the base URL each request used.
 */
class DocsPageEndToEndTest {
    private static final Pattern LOADED = Pattern.compile("(?:src|href)=\"([^\"]+)\"");
    private static final Pattern ANY_URL = Pattern.compile("(?i)\\b(?:https?:)?//[a-z0-9.-]+");

    private static CrmHarness crm;

    @BeforeAll
    static void start() {
        crm = CrmHarness.start();
    }

    @AfterAll
    static void stop() {
        crm.close();
    }

    @Test
    void the_page_is_served_without_a_token_and_reads_this_servers_description() {
        HttpResult page = crm.get("/docs", null);
        assertEquals(200, page.status(), page::toString);
        assertEquals("text/html;charset=UTF-8", contentType(page).replace(" ", ""));
        assertTrue(page.headers().firstValue("X-Request-Id").isPresent(), page::toString);
        assertTrue(page.body().contains("<div id=\"swagger-ui\">"), page::toString);

        String initializer = crm.get("/docs/docs-initializer.js", null).body();
        assertTrue(initializer.contains("url: \"/openapi.json\""), initializer);
        assertTrue(initializer.contains("validatorUrl: null"), initializer);
        for (String text : List.of(page.body(), initializer)) {
            Matcher url = ANY_URL.matcher(text);
            assertFalse(url.find(), () -> "names an address elsewhere: " + url.group());
        }
    }

    @Test
    void every_file_the_page_loads_is_served_here_with_its_media_type() throws Exception {
        Matcher loaded = LOADED.matcher(crm.get("/docs", null).body());
        int files = 0;
        while (loaded.find()) {
            String path = loaded.group(1);
            assertTrue(path.startsWith("/docs/"), () -> "the page loads " + path);
            HttpResult file = crm.get(path, null);
            assertEquals(200, file.status(), () -> path + ": " + file);
            String expected = path.endsWith(".css")
                    ? "text/css;charset=UTF-8"
                    : path.endsWith(".js") ? "text/javascript;charset=UTF-8" : "image/png";
            assertEquals(expected, contentType(file).replace(" ", ""), path);
            assertTrue(file.body().length() > 100, path);
            files++;
        }
        assertEquals(5, files, "style sheet, two icons, the bundle and the initializer");
    }

    @Test
    void other_names_under_docs_are_not_found() {
        for (String path : List.of("/docs/index.html", "/docs/swagger-initializer.js", "/docs/swagger-ui.js")) {
            HttpResult answer = crm.get(path, null);
            assertEquals(404, answer.status(), () -> path + ": " + answer);
            assertEquals("not_found", answer.error(), path);
        }
    }

    /** Swagger UI and generated clients call the first server: it must be the one they asked. */
    @Test
    void the_description_names_the_base_url_of_each_request_as_its_server() throws Exception {
        var mapper = new ObjectMapper();
        String direct = mapper.readTree(crm.get("/openapi.json", null).body())
                .path("servers")
                .path(0)
                .path("url")
                .asText();
        assertEquals("http://127.0.0.1:" + crm.app.port(), direct);

        var raw = new RawHttpClient("127.0.0.1", crm.app.port(), Duration.ofSeconds(10));
        var answer = raw.exchange(
                ("GET /openapi.json HTTP/1.1\r\nHost: crm.acme.example:8443\r\nConnection: close\r\n\r\n")
                        .getBytes(StandardCharsets.US_ASCII),
                "GET");
        assertEquals(200, answer.status(), answer::toString);
        var servers = mapper.readTree(answer.bodyText()).path("servers");
        assertEquals(1, servers.size(), servers::toString);
        assertEquals("http://crm.acme.example:8443", servers.path(0).path("url").asText());
    }

    private static String contentType(HttpResult result) {
        return result.headers().firstValue("Content-Type").orElse("");
    }
}
