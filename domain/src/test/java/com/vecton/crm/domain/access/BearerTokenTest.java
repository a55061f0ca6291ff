package com.vecton.crm.domain.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vecton.crm.domain.problem.Unauthenticated;
import java.util.Optional;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BearerTokenTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "dev-admin-token",
                "admin.x",
                "a",
                "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ1In0.sig_-~+/",
                "abc==",
                "A1/+"
            })
    void a_b64token_is_a_token(String value) {
        assertEquals(Optional.of(new BearerToken(value)), BearerToken.fromAuthorizationHeader("Bearer " + value));
        assertEquals(
                Optional.of(new BearerToken(value)), BearerToken.fromAuthorizationHeader("bEaReR  " + value + " "));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "two tokens",
                "admin.x\u0000y",
                "x\u0001",
                "x\u007f",
                "t\u00f6ken",
                "a=b",
                "==",
                "tok\"en",
                "tok,en",
                "tok;en",
                "tok\ten"
            })
    void a_bearer_header_whose_token_is_not_a_b64token_is_token_invalid(String value) {
        var refused = assertThrows(Unauthenticated.class, () -> BearerToken.fromAuthorizationHeader("Bearer " + value));
        assertEquals(Unauthenticated.TOKEN_INVALID, refused.code());
        assertFalse(refused.getMessage().contains(value), "the refusal never quotes the token");
    }

    @Test
    void a_token_may_be_4_kib_and_no_longer() {
        assertTrue(BearerToken.isWellFormed("a".repeat(BearerToken.MAX_LENGTH)));
        assertFalse(BearerToken.isWellFormed("a".repeat(BearerToken.MAX_LENGTH + 1)));
        var refused = assertThrows(
                Unauthenticated.class,
                () -> BearerToken.fromAuthorizationHeader("Bearer " + "a".repeat(BearerToken.MAX_LENGTH + 1)));
        assertEquals(Unauthenticated.TOKEN_INVALID, refused.code());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Bearer", "Bearer ", "Bearer    ", "Basic dXNlcjpwYXNz", "Token abc", "abc"})
    void no_bearer_token_at_all_is_none(String header) {
        assertEquals(Optional.empty(), BearerToken.fromAuthorizationHeader(header));
    }

    @Test
    void the_constructor_refuses_what_the_header_reader_refuses_without_quoting_it() {
        var refused = assertThrows(IllegalArgumentException.class, () -> new BearerToken("secret\u0000value"));
        assertFalse(refused.getMessage().contains("secret"));
        assertThrows(IllegalArgumentException.class, () -> new BearerToken(null));
        assertEquals("BearerToken[redacted]", new BearerToken("secret").toString());
    }

    /** RFC 6750 section 2.1's b64token, as BearerToken's documentation states it. */
    private static final Pattern B64TOKEN = Pattern.compile("[A-Za-z0-9._~+/-]+=*");

    @Property(tries = 3000)
    void the_check_is_the_rfc_6750_pattern(@ForAll("tokenLike") String value) {
        assertEquals(
                value.length() <= BearerToken.MAX_LENGTH
                        && B64TOKEN.matcher(value).matches(),
                BearerToken.isWellFormed(value),
                () -> "for \"" + value + "\"");
    }

    /** Every kind of character a b64token has, '=' in and out of place, and some it must not have. */
    @Provide
    Arbitrary<String> tokenLike() {
        return Arbitraries.strings()
                .withChars("aZ09-._~+/= @:\"é")
                .ofMinLength(0)
                .ofMaxLength(10);
    }
}
