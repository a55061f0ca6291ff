package com.vecton.crm.domain.idempotency;

import static com.vecton.crm.domain.access.CallerBuilder.aCaller;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IdempotencyKeyTest {

    @ParameterizedTest
    @ValueSource(strings = {"a", "8e03978e-40d5-43e8-bc93-6894a57f9324", "\"quoted\"", "with space", "~!@#$%^&*()"})
    void printable_ascii_of_1_to_255_characters_is_a_key(String value) {
        assertTrue(IdempotencyKey.isWellFormed(value));
        assertEquals(value, new IdempotencyKey(value).value());
        assertTrue(IdempotencyKey.isWellFormed("k".repeat(255)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "caf\u00e9", "tab\there", "new\nline", "del\u007f", "\u0000"})
    void anything_else_is_not(String value) {
        assertFalse(IdempotencyKey.isWellFormed(value));
        assertThrows(IllegalArgumentException.class, () -> new IdempotencyKey(value));
        assertFalse(IdempotencyKey.isWellFormed("k".repeat(256)));
        assertFalse(IdempotencyKey.isWellFormed(null));
    }

    @Test
    void the_scope_is_the_caller_as_the_audit_trail_names_them() {
        assertEquals(
                "user:u-1001",
                IdempotencyScope.of(aCaller().withId("u-1001").build()).value());
        assertEquals(
                "service_account:sa-sync",
                IdempotencyScope.of(aCaller()
                                .withId("sa-sync")
                                .serviceAccountScopedTo("crm:contacts")
                                .build())
                        .value());
        var impersonated = IdempotencyScope.of(
                aCaller().withId("u-1001").impersonatedBy("u-admin").build());
        assertEquals("user:u-1001 impersonated_by:u-admin", impersonated.value());
        assertNotEquals(IdempotencyScope.of(aCaller().withId("u-1001").build()), impersonated);
    }

    @Test
    void a_stored_response_is_a_value_and_only_a_success_is_kept() {
        var created = new StoredResponse(201, Map.of("Location", "/api/contacts/1"), new byte[] {'{', '}'});

        assertEquals(created, new StoredResponse(201, Map.of("Location", "/api/contacts/1"), new byte[] {'{', '}'}));
        assertTrue(created.isSuccess());
        assertFalse(new StoredResponse(422, Map.of(), new byte[0]).isSuccess());
        var request = new IdempotentRequest(
                new IdempotencyScope("user:u-1"),
                new IdempotencyKey("k"),
                new RequestFingerprint("POST", "/api/contacts", "0".repeat(64)));
        assertThrows(
                IllegalArgumentException.class,
                () -> new IdempotencyRecord(
                        request, new StoredResponse(422, Map.of(), new byte[0]), java.time.Instant.EPOCH));
    }
}
