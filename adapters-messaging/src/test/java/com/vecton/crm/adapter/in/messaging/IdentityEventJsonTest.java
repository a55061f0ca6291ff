package com.vecton.crm.adapter.in.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vecton.crm.adapter.in.messaging.IdentityEventJson.Unreadable;
import com.vecton.crm.domain.access.UserId;
import com.vecton.crm.domain.event.IdentityChange;
import com.vecton.crm.domain.event.IdentityChange.MemberAdded;
import com.vecton.crm.domain.event.IdentityChange.MemberRemoved;
import com.vecton.crm.domain.event.IdentityChange.PolicyUpdated;
import com.vecton.crm.domain.event.IdentityChange.UserScheduledForDeletion;
import com.vecton.crm.domain.event.IdentityChange.UserUpdated;
import com.vecton.crm.domain.event.IdentityEvent;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class IdentityEventJsonTest {
    private static final String ID = "0b9f6c1e-2d3a-4b5c-8d7e-9f0a1b2c3d4e";

    private static IdentityEvent decode(String body) throws Unreadable {
        return IdentityEventJson.decode(body.getBytes(StandardCharsets.UTF_8));
    }

    private static String problemOf(String body) {
        return assertThrows(Unreadable.class, () -> decode(body)).getMessage();
    }

    // --- the five types ---

    @Test
    void reads_user_scheduled_for_deletion() throws Unreadable {
        IdentityEvent event = decode(IdentityMessages.userScheduledForDeletion(ID, "u-1001"));

        assertEquals(ID, event.id());
        assertEquals(Instant.parse("2026-11-20T10:00:00Z"), event.occurredAt());
        assertNull(event.tenantId());
        assertEquals(new UserScheduledForDeletion(new UserId("u-1001")), event.change());
    }

    @Test
    void reads_user_updated_with_its_profile() throws Unreadable {
        IdentityEvent event = decode(IdentityMessages.userUpdated(ID, "u-1001"));

        assertEquals(
                new UserUpdated(new UserId("u-1001"), "Ödön Árvai", "odon@acme.test", "hu", "Europe/Budapest"),
                event.change());
    }

    @Test
    void reads_user_updated_with_absent_and_null_profile_fields_as_null() throws Unreadable {
        IdentityEvent event = decode(IdentityMessages.envelope(
                ID, UserUpdated.TYPE, "null", "{\"user_id\": \"u-1\", \"name\": null, \"locale\": \"de\"}"));

        assertEquals(new UserUpdated(new UserId("u-1"), null, null, "de", null), event.change());
    }

    @Test
    void reads_member_added() throws Unreadable {
        IdentityEvent event = decode(IdentityMessages.memberAdded(ID, "t-acme", "u-7"));

        assertEquals("t-acme", event.tenantId());
        assertEquals(new MemberAdded("t-acme", new UserId("u-7")), event.change());
    }

    @Test
    void reads_member_removed() throws Unreadable {
        IdentityEvent event = decode(IdentityMessages.memberRemoved(ID, "t-acme", "u-7"));

        assertEquals(new MemberRemoved("t-acme", new UserId("u-7")), event.change());
    }

    @Test
    void reads_policy_updated() throws Unreadable {
        IdentityEvent event = decode(IdentityMessages.policyUpdated(ID, "t-acme"));

        assertEquals(new PolicyUpdated("t-acme"), event.change());
        assertTrue(event.concerns("t-acme"));
        assertFalse(event.concerns("t-other"));
    }

    @Test
    void every_routing_key_the_queue_binds_is_a_type_it_reads() {
        for (String type : IdentityChange.types()) {
            String body =
                    IdentityMessages.envelope(ID, type, "\"t-acme\"", "{\"tenant_id\": \"t-acme\", \"user_id\": 5}");
            IdentityEvent event = assertDoesNotFail(body);
            assertEquals(type, event.type());
        }
    }

    // --- leniency the contract asks for ---

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "1001         | 1001",
                "1001.0       | 1001",
                "\"u-1001\"   | u-1001",
                "12345678901234567890123 | 12345678901234567890123"
            })
    void reads_a_user_id_sent_as_a_number_or_a_string_as_text(String json, String expected) throws Unreadable {
        IdentityEvent event = decode(IdentityMessages.envelope(
                ID, MemberRemoved.TYPE, "null", "{\"tenant_id\": \"t-acme\", \"user_id\": " + json + "}"));

        assertEquals(new UserId(expected), event.change().userId());
    }

    @Test
    void reads_a_numeric_event_id_and_tenant_id_as_text() throws Unreadable {
        IdentityEvent event = decode("""
                {"id": 42, "type": "identity.policy.updated", "occurred_at": "2026-11-20T10:00:00Z",
                 "tenant_id": 7, "data": {"tenant_id": 7}}""");

        assertEquals("42", event.id());
        assertEquals(new PolicyUpdated("7"), event.change());
    }

    @Test
    void takes_the_tenant_from_the_envelope_when_data_omits_it() throws Unreadable {
        IdentityEvent event = decode(IdentityMessages.envelope(ID, PolicyUpdated.TYPE, "\"t-acme\"", "{}"));

        assertEquals(new PolicyUpdated("t-acme"), event.change());
    }

    @Test
    void keeps_both_tenants_when_envelope_and_data_differ_so_the_use_case_decides() throws Unreadable {
        IdentityEvent event = decode(IdentityMessages.envelope(
                ID, MemberRemoved.TYPE, "\"t-acme\"", "{\"tenant_id\": \"t-other\", \"user_id\": \"u-1\"}"));

        assertEquals("t-acme", event.tenantId());
        assertEquals("t-other", event.change().tenantId());
        assertFalse(event.concerns("t-acme"));
    }

    @Test
    void ignores_unknown_keys_and_reads_an_offset_time() throws Unreadable {
        IdentityEvent event = decode("""
                {"id": "e-1", "type": "identity.user.scheduled_for_deletion", "occurred_at": "2026-11-20T11:00:00+01:00",
                 "tenant_id": null, "version": 3, "data": {"user_id": "u-1", "reason": "gdpr"}}""");

        assertEquals(Instant.parse("2026-11-20T10:00:00Z"), event.occurredAt());
    }

    @Test
    void takes_the_type_from_the_body_not_from_where_it_was_routed() throws Unreadable {
        // The decoder is not told the routing key at all: a misrouted body still says what it is.
        assertEquals(
                PolicyUpdated.TYPE,
                decode(IdentityMessages.policyUpdated(ID, "t-acme")).type());
    }

    // --- bodies that are not identity events ---

    @ParameterizedTest
    @ValueSource(
            strings = {"not json at all", "{\"id\": \"e-1\", ", "[1, 2, 3]", "\"a string\"", "{} trailing", "null"})
    void refuses_a_body_that_is_not_a_json_object(String body) {
        assertThrows(Unreadable.class, () -> decode(body));
    }

    @Test
    void refuses_an_empty_body() {
        assertEquals(
                "the body is empty",
                assertThrows(Unreadable.class, () -> IdentityEventJson.decode(new byte[0]))
                        .getMessage());
    }

    @Test
    void refuses_a_body_far_larger_than_any_identity_event() {
        String padding = "x".repeat(IdentityEventJson.MAX_BODY_BYTES);
        String body = IdentityMessages.envelope(
                ID, PolicyUpdated.TYPE, "null", "{\"tenant_id\": \"t-acme\", \"padding\": \"" + padding + "\"}");

        assertTrue(problemOf(body).contains("larger than"));
    }

    @Test
    void refuses_a_missing_id() {
        assertTrue(problemOf("""
                {"type": "identity.policy.updated", "occurred_at": "2026-11-20T10:00:00Z", "data": {"tenant_id": "t"}}""").contains("\"id\""));
    }

    @Test
    void refuses_a_blank_id() {
        assertTrue(problemOf(IdentityMessages.policyUpdated("  ", "t-acme")).contains("\"id\""));
    }

    @Test
    void refuses_an_id_the_domain_finds_too_long() {
        assertTrue(problemOf(IdentityMessages.policyUpdated("e".repeat(201), "t-acme"))
                .contains("invalid"));
    }

    @Test
    void refuses_an_unknown_type_naming_it_when_it_looks_like_a_type() {
        assertEquals(
                "the event type \"identity.user.created\" is unknown",
                problemOf(IdentityMessages.envelope(ID, "identity.user.created", "null", "{\"user_id\": \"u-1\"}")));
    }

    @Test
    void refuses_an_unknown_type_without_quoting_text_that_is_not_a_type() {
        assertEquals(
                "the event type is unknown",
                problemOf(IdentityMessages.envelope(ID, "DROP TABLE; <script>", "null", "{}")));
    }

    @Test
    void refuses_a_missing_type() {
        assertEquals("the event has no \"type\"", problemOf("""
                {"id": "e-1", "occurred_at": "2026-11-20T10:00:00Z", "data": {"tenant_id": "t"}}"""));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"2026-11-20T10:00:00\"", "\"20 November 2026\"", "\"\"", "1795440655", "null"})
    void refuses_an_occurred_at_that_is_not_an_instant_with_an_offset(String occurredAt) {
        String body = """
                {"id": "e-1", "type": "identity.policy.updated", "occurred_at": %s, "data": {"tenant_id": "t"}}""".formatted(occurredAt);

        assertTrue(problemOf(body).contains("occurred_at"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"null", "[]", "\"user_id=5\""})
    void refuses_data_that_is_not_an_object(String data) {
        assertTrue(problemOf(IdentityMessages.envelope(ID, PolicyUpdated.TYPE, "\"t\"", data))
                .contains("\"data\""));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "identity.user.scheduled_for_deletion",
                "identity.user.updated",
                "identity.tenant.member_added",
                "identity.tenant.member_removed"
            })
    void refuses_a_user_event_without_its_user_id(String type) {
        assertEquals(
                "\"data.user_id\" is missing",
                problemOf(IdentityMessages.envelope(ID, type, "\"t-acme\"", "{\"tenant_id\": \"t-acme\"}")));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"identity.tenant.member_added", "identity.tenant.member_removed", "identity.policy.updated"})
    void refuses_a_tenant_event_without_any_tenant(String type) {
        assertEquals(
                "\"data.tenant_id\" is missing",
                problemOf(IdentityMessages.envelope(ID, type, "null", "{\"user_id\": \"u-1\"}")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"true", "{\"id\": 5}", "[\"u-1\"]"})
    void refuses_a_user_id_that_is_neither_text_nor_a_number(String userId) {
        assertTrue(problemOf(IdentityMessages.envelope(
                        ID, UserScheduledForDeletion.TYPE, "null", "{\"user_id\": " + userId + "}"))
                .contains("data.user_id"));
    }

    @Test
    void refuses_a_profile_field_of_the_wrong_kind() {
        assertEquals(
                "\"data.email\" is not a string",
                problemOf(IdentityMessages.envelope(
                        ID, UserUpdated.TYPE, "null", "{\"user_id\": \"u-1\", \"email\": [\"a@b.test\"]}")));
    }

    @Test
    void refuses_a_key_given_twice() {
        assertTrue(problemOf("""
                {"id": "e-1", "type": "identity.policy.updated", "occurred_at": "2026-11-20T10:00:00Z",
                 "data": {"tenant_id": "t-a", "tenant_id": "t-b"}}""").contains("twice"));
    }

    @Test
    void never_quotes_the_body_in_its_reason() {
        String secret = "s3cr3t-t0ken-in-a-broken-body";

        String problem = problemOf("{\"id\": \"e-1\", \"data\": " + secret + "}");

        assertFalse(problem.contains(secret), problem);
        assertTrue(problem.startsWith("not valid JSON at line 1"), problem);
    }

    private static IdentityEvent assertDoesNotFail(String body) {
        try {
            return decode(body);
        } catch (Unreadable e) {
            throw new AssertionError("should be readable: " + e.getMessage(), e);
        }
    }
}
