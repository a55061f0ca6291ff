package com.vecton.crm.bootstrap.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import com.vecton.crm.adapter.in.rest.support.LogCapture;
import com.vecton.crm.adapter.in.rest.support.RawHttp;
import com.vecton.crm.adapter.out.identity.testing.TestTokens;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Hostile bearer tokens through the real server and the real identity HTTP client: a token that
 * is not an RFC 6750 b64token (control characters, DEL, non-ASCII, separators) or is over 4 KiB
 * is {@code 401 token_invalid} without an identity call, and no log line, message or stack trace
 * anywhere in the process ever contains a token or the {@code Authorization} header value.
 */
class HostileTokensEndToEndTest {
    private static final List<String> HOSTILE = List.of(
            "admin.x\u0000y",
            "admin.x\u0001y",
            "admin\u007f",
            "t\u00f6ken-secret",
            "two secret-tokens",
            "tok\"secret",
            "secret,comma",
            "secret;semi",
            "s".repeat(4097),
            "b".repeat(10_000),
            "secret=in=middle",
            "\u00ff\u00fesecret");
    private static CrmHarness crm;

    @BeforeAll
    static void start() {
        crm = CrmHarness.start();
    }

    @AfterAll
    static void stop() {
        crm.close();
    }

    private static RawHttp.Answer get(String authorization) {
        return RawHttp.send(
                URI.create("http://127.0.0.1:" + crm.app.port() + "/"),
                "GET /api/contacts HTTP/1.1\r\nHost: localhost\r\n" + "Authorization: " + authorization
                        + "\r\nConnection: close\r\n\r\n");
    }

    @Test
    void hostile_tokens_are_token_invalid_without_an_identity_call_and_never_reach_the_log() {
        String unknownButWellFormed = "tok-never-issued-" + System.nanoTime();
        try (var log = LogCapture.everything()) {
            int before = crm.identity.totalCalls();
            for (String token : HOSTILE) {
                var answer = get("Bearer " + token);
                assertEquals(401, answer.status(), answer::toString);
                assertTrue(answer.body().contains("\"error\":\"token_invalid\""), answer::toString);
                assertFalse(answer.body().contains(token), answer::toString);
            }
            assertEquals(before, crm.identity.totalCalls(), "identity is never asked about a malformed token");

            var refusedByIdentity = get("Bearer " + unknownButWellFormed);
            assertEquals(401, refusedByIdentity.status(), refusedByIdentity::toString);
            var admitted = get("Bearer " + TestTokens.ADMIN);
            assertEquals(200, admitted.status(), admitted::toString);

            List<String> written = log.events().stream()
                    .map(HostileTokensEndToEndTest::everything)
                    .toList();
            assertFalse(written.isEmpty(), "the access log wrote lines for these requests");
            for (String line : written) {
                for (String token : HOSTILE) {
                    assertFalse(line.contains(token), () -> "a hostile token in the log: " + line);
                }
                assertFalse(line.contains("secret"), () -> "a piece of a hostile token in the log: " + line);
                assertFalse(line.contains(unknownButWellFormed), () -> "a token in the log: " + line);
                assertFalse(line.contains(TestTokens.ADMIN), () -> "a token in the log: " + line);
                assertFalse(line.contains("Bearer "), () -> "an Authorization value in the log: " + line);
            }
        }
    }

    /** The formatted message and the whole stack trace with every cause's message. */
    private static String everything(ILoggingEvent event) {
        return event.getFormattedMessage()
                + (event.getThrowableProxy() == null
                        ? ""
                        : "\n" + ThrowableProxyUtil.asString(event.getThrowableProxy()));
    }
}
