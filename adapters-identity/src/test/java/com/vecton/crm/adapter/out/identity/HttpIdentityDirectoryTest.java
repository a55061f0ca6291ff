package com.vecton.crm.adapter.out.identity;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.vecton.crm.adapter.out.identity.testing.FakeIdentityServer;
import com.vecton.crm.adapter.out.identity.testing.FakeIdentityServer.Fault;
import com.vecton.crm.adapter.out.identity.testing.FakePolicy;
import com.vecton.crm.adapter.out.identity.testing.FakeUser;
import com.vecton.crm.adapter.out.identity.testing.TestTokens;
import com.vecton.crm.domain.access.BearerToken;
import com.vecton.crm.domain.access.Caller;
import com.vecton.crm.domain.access.Effect;
import com.vecton.crm.domain.access.PermissionPattern;
import com.vecton.crm.domain.access.Policy;
import com.vecton.crm.domain.access.Scopes;
import com.vecton.crm.domain.access.TokenType;
import com.vecton.crm.domain.access.UserId;
import com.vecton.crm.domain.problem.Unauthenticated;
import com.vecton.crm.domain.problem.Unavailable;
import java.net.URI;
import java.net.http.HttpHeaders;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.slf4j.LoggerFactory;

/** Every row of identity.md sections 1 and 2, against a real HTTP fake of identity. */
class HttpIdentityDirectoryTest {
    private static final String TOKEN = "tok-under-test";
    private static final Duration TIMEOUT = Duration.ofMillis(1500);

    private static FakeIdentityServer identity;
    private static HttpIdentityDirectory directory;

    @BeforeAll
    static void startIdentity() {
        identity = FakeIdentityServer.start();
        directory = new HttpIdentityDirectory(identity.baseUrl(), TestTokens.TENANT_ID, TIMEOUT);
    }

    @AfterAll
    static void stopIdentity() {
        identity.close();
    }

    @BeforeEach
    void reset() {
        identity.recover().revoke(TOKEN).resetCounters();
    }

    private static Caller identify(FakeUser user) {
        identity.user(TOKEN, user);
        return directory.identify(new BearerToken(TOKEN));
    }

    private static Caller identifyRaw(Map<String, ?> user) {
        identity.user(TOKEN, user);
        return directory.identify(new BearerToken(TOKEN));
    }

    // --- section 1: 200 ---

    @Test
    void current_shape_becomes_a_caller() {
        Caller caller = identify(TestTokens.member());

        assertAll(
                () -> assertEquals(new UserId("u-1001"), caller.id()),
                () -> assertEquals("Ödön Árvai", caller.name()),
                () -> assertEquals("odon@acme.test", caller.email()),
                () -> assertEquals("hu", caller.locale()),
                () -> assertEquals("Europe/Budapest", caller.timezone()),
                () -> assertFalse(caller.systemAdmin()),
                () -> assertEquals(Set.of("t-acme"), caller.tenantIds()),
                () -> assertEquals(TokenType.USER, caller.tokenType()),
                () -> assertEquals(Scopes.unrestricted(), caller.scopes()),
                () -> assertTrue(caller.impersonator().isEmpty()),
                () -> assertNull(caller.expiresAt()),
                () -> assertFalse(caller.legacyShape()));
    }

    @Test
    void the_user_call_sends_the_bearer_token_and_asks_for_json() {
        identify(TestTokens.member());

        var call = identity.recordedCalls().getFirst();
        assertEquals("GET", call.method());
        assertEquals("/api/user", call.path());
        assertEquals("Bearer " + TOKEN, call.authorization());
        assertEquals("application/json", call.accept());
    }

    @Test
    void legacy_shape_takes_membership_from_tenant_id() {
        Caller caller = identify(FakeUser.withId("u-7").legacyShape("t-acme"));

        assertTrue(caller.legacyShape());
        assertEquals(Set.of("t-acme"), caller.tenantIds());
    }

    @Test
    void a_body_with_both_tenants_and_tenant_id_is_the_current_shape() {
        Caller caller =
                identify(FakeUser.withId("u-7").memberOf("t-acme", "acme").with("tenant_id", "t-other"));

        assertFalse(caller.legacyShape());
        assertEquals(Set.of("t-acme"), caller.tenantIds());
    }

    @Test
    void a_numeric_id_is_read_as_an_opaque_string() {
        Caller caller =
                identify(FakeUser.withId(1001).memberOf("t-acme", "acme").impersonatedBy("7"));

        assertEquals(new UserId("1001"), caller.id());
        assertEquals(new UserId("7"), caller.impersonatorId());
    }

    @Test
    void a_numeric_id_written_with_a_fraction_of_zero_reads_as_the_integer() {
        identity.userBody(TOKEN, "{\"id\": 1001.0, \"tenants\": [{\"id\": 42}]}");

        Caller caller = directory.identify(new BearerToken(TOKEN));

        assertEquals(new UserId("1001"), caller.id());
        assertEquals(Set.of("42"), caller.tenantIds());
    }

    @Test
    void an_absent_token_type_means_user() {
        Caller caller = identify(TestTokens.member().tokenType(null));

        assertEquals(TokenType.USER, caller.tokenType());
    }

    @Test
    void a_service_account_is_restricted_to_its_scopes() {
        Caller caller = identify(TestTokens.serviceAccount());

        assertEquals(TokenType.SERVICE_ACCOUNT, caller.tokenType());
        assertEquals(
                Scopes.only(List.of(
                        new PermissionPattern("tenant.acme.crm.contacts.list"),
                        new PermissionPattern("tenant.acme.crm.contacts.view"))),
                caller.scopes());
    }

    @Test
    void an_empty_scope_list_puts_nothing_in_scope() {
        Caller caller = identify(TestTokens.serviceAccount().scopes(List.of()));

        assertTrue(caller.scopes().restricted());
        assertTrue(caller.scopes().patterns().isEmpty());
    }

    @Test
    void null_or_absent_scopes_mean_no_restriction() {
        assertEquals(
                Scopes.unrestricted(),
                identify(TestTokens.member().scopes(null)).scopes());
        assertEquals(
                Scopes.unrestricted(),
                identify(TestTokens.member().without("scopes")).scopes());
    }

    @Test
    void expires_at_is_read_as_an_instant_with_z_or_an_offset() {
        assertEquals(
                Instant.parse("2026-12-01T10:00:00Z"),
                identify(TestTokens.member().with("expires_at", "2026-12-01T10:00:00Z"))
                        .expiresAt());
        assertEquals(
                Instant.parse("2026-12-01T09:00:00Z"),
                identify(TestTokens.member().with("expires_at", "2026-12-01T10:00:00+01:00"))
                        .expiresAt());
    }

    @Test
    void a_system_admin_and_an_impersonator_are_read() {
        Caller caller = identify(TestTokens.admin().impersonatedBy("u-root"));

        assertTrue(caller.systemAdmin());
        assertEquals(new UserId("u-root"), caller.impersonatorId());
    }

    @Test
    void unknown_keys_are_ignored() {
        Caller caller = identify(TestTokens.member()
                .with("avatar_url", "https://x.test/a.png")
                .with("roles", List.of(Map.of("name", "sales")))
                .with("meta", Map.of("a", 1)));

        assertEquals(new UserId("u-1001"), caller.id());
    }

    @Test
    void a_minimal_body_of_id_and_tenants_is_enough() {
        Caller caller = identifyRaw(Map.of("id", "u-9", "tenants", List.of()));

        assertEquals(new UserId("u-9"), caller.id());
        assertTrue(caller.tenantIds().isEmpty());
        assertNull(caller.name());
        assertFalse(caller.systemAdmin());
    }

    @Test
    void a_base_url_with_a_trailing_slash_works() {
        identity.user(TOKEN, TestTokens.member());
        var withSlash = new HttpIdentityDirectory(URI.create(identity.baseUrl() + "/"), TestTokens.TENANT_ID, TIMEOUT);

        assertEquals(
                new UserId("u-1001"), withSlash.identify(new BearerToken(TOKEN)).id());
        assertEquals("/api/user", identity.recordedCalls().getFirst().path());
    }

    // --- section 1: refusals ---

    @Test
    void an_unknown_token_is_token_invalid() {
        var problem = assertThrows(Unauthenticated.class, () -> directory.identify(new BearerToken("tok-nobody")));

        assertEquals(Unauthenticated.TOKEN_INVALID, problem.code());
    }

    @Test
    void a_403_from_identity_is_token_invalid() {
        identity.user(TOKEN, TestTokens.member()).failNext(Fault.status(403));

        var problem = assertThrows(Unauthenticated.class, () -> directory.identify(new BearerToken(TOKEN)));

        assertEquals(Unauthenticated.TOKEN_INVALID, problem.code());
    }

    // --- section 1: identity cannot answer ---

    @Test
    void a_500_is_identity_unavailable_retrying_after_5_seconds() {
        identity.user(TOKEN, TestTokens.member()).failNext(Fault.status(500));

        var problem = assertThrows(Unavailable.class, () -> directory.identify(new BearerToken(TOKEN)));

        assertEquals("identity_unavailable", problem.code());
        assertEquals(Duration.ofSeconds(5), problem.retryAfter());
    }

    @Test
    void a_503_passes_on_identity_retry_after() {
        identity.user(TOKEN, TestTokens.member()).failNext(Fault.status(503).withRetryAfter("7"));

        var problem = assertThrows(Unavailable.class, () -> directory.identify(new BearerToken(TOKEN)));

        assertEquals("identity_unavailable", problem.code());
        assertEquals(Duration.ofSeconds(7), problem.retryAfter());
    }

    @Test
    void a_503_without_retry_after_retries_after_5_seconds() {
        identity.user(TOKEN, TestTokens.member()).failNext(Fault.status(503));

        var problem = assertThrows(Unavailable.class, () -> directory.identify(new BearerToken(TOKEN)));

        assertEquals(Duration.ofSeconds(5), problem.retryAfter());
    }

    @Test
    void a_429_is_identity_unavailable_with_retry_after_clamped_to_a_minute() {
        identity.user(TOKEN, TestTokens.member()).failNext(Fault.status(429).withRetryAfter("3600"));

        var problem = assertThrows(Unavailable.class, () -> directory.identify(new BearerToken(TOKEN)));

        assertEquals("identity_unavailable", problem.code());
        assertEquals(Duration.ofSeconds(60), problem.retryAfter());
    }

    @Test
    void a_retry_after_of_zero_becomes_one_second() {
        identity.user(TOKEN, TestTokens.member()).failNext(Fault.status(429).withRetryAfter("0"));

        var problem = assertThrows(Unavailable.class, () -> directory.identify(new BearerToken(TOKEN)));

        assertEquals(Duration.ofSeconds(1), problem.retryAfter());
    }

    @Test
    void retry_after_may_be_an_http_date() {
        var now = Instant.parse("2026-11-20T10:00:00Z");
        var headers = HttpHeaders.of(Map.of("Retry-After", List.of("Fri, 20 Nov 2026 10:00:12 GMT")), (k, v) -> true);
        var garbage = HttpHeaders.of(Map.of("Retry-After", List.of("soon")), (k, v) -> true);

        assertEquals(Duration.ofSeconds(12), HttpIdentityDirectory.retryAfter(headers, now));
        assertEquals(Duration.ofSeconds(5), HttpIdentityDirectory.retryAfter(garbage, now));
    }

    @Test
    void another_unexpected_status_such_as_404_is_identity_unavailable() {
        var wrongPath = new HttpIdentityDirectory(
                URI.create(identity.baseUrl() + "/not-identity"), TestTokens.TENANT_ID, TIMEOUT);
        identity.user(TOKEN, TestTokens.member());

        var problem = assertThrows(Unavailable.class, () -> wrongPath.identify(new BearerToken(TOKEN)));

        assertEquals("identity_unavailable", problem.code());
    }

    /**
     * The call gives up within ten timeouts (a timeout plus a cold client's first connection, five
     * times over), while identity would answer only after twenty: the bound proven is the timeout's.
     */
    @Test
    void a_timeout_is_identity_unavailable_within_the_timeout() {
        var timeout = Duration.ofMillis(250);
        var impatient = new HttpIdentityDirectory(identity.baseUrl(), TestTokens.TENANT_ID, timeout);
        identity.user(TOKEN, TestTokens.member()).failNext(Fault.delay(timeout.multipliedBy(20)));
        long started = System.nanoTime();

        var problem = assertThrows(Unavailable.class, () -> impatient.identify(new BearerToken(TOKEN)));

        long tookMillis = Duration.ofNanos(System.nanoTime() - started).toMillis();
        assertEquals("identity_unavailable", problem.code());
        assertTrue(tookMillis < timeout.multipliedBy(10).toMillis(), "gave up after " + tookMillis + " ms");
    }

    @Test
    void a_refused_connection_is_identity_unavailable() {
        var nobodyHome = new HttpIdentityDirectory(FakeIdentityServer.closedPortUrl(), TestTokens.TENANT_ID, TIMEOUT);

        var problem = assertThrows(Unavailable.class, () -> nobodyHome.identify(new BearerToken(TOKEN)));

        assertEquals("identity_unavailable", problem.code());
        assertEquals(Duration.ofSeconds(5), problem.retryAfter());
    }

    @Test
    void a_body_that_is_not_json_is_identity_unavailable() {
        identity.user(TOKEN, TestTokens.member()).failNext(Fault.unreadableBody());

        var problem = assertThrows(Unavailable.class, () -> directory.identify(new BearerToken(TOKEN)));

        assertEquals("identity_unavailable", problem.code());
    }

    @Test
    void an_empty_200_body_is_identity_unavailable() {
        identity.user(TOKEN, TestTokens.member()).failNext(Fault.body(200, ""));

        assertThrows(Unavailable.class, () -> directory.identify(new BearerToken(TOKEN)));
    }

    @Test
    void a_body_larger_than_the_limit_is_identity_unavailable() {
        identity.userBody(
                TOKEN,
                "{\"id\":\"u-1\",\"tenants\":[],\"pad\":\"" + "a".repeat(HttpIdentityDirectory.MAX_BODY_BYTES) + "\"}");

        assertThrows(Unavailable.class, () -> directory.identify(new BearerToken(TOKEN)));
    }

    static Stream<Arguments> ill_shaped_bodies() {
        return Stream.of(
                ill("no id", u -> u.without("id")),
                ill("a null id", u -> u.with("id", null)),
                ill("a blank id", u -> u.with("id", "  ")),
                ill("an id that is a boolean", u -> u.with("id", true)),
                ill("an id that is an object", u -> u.with("id", Map.of("value", "u-1"))),
                ill("an admin flag that is a string", u -> u.with("is_system_admin", "true")),
                ill("a name that is a number", u -> u.with("name", 12)),
                ill("tenants that is an object", u -> u.with("tenants", Map.of("id", "t-acme"))),
                ill("a tenant that is a string", u -> u.with("tenants", List.of("t-acme"))),
                ill("a tenant without an id", u -> u.with("tenants", List.of(Map.of("name", "acme")))),
                ill("neither tenants nor tenant_id", u -> u.without("tenants")),
                ill("scopes that is a string", u -> u.with("scopes", "*")),
                ill("a scope that is not a string", u -> u.with("scopes", List.of(1))),
                ill("an unknown token type", u -> u.tokenType("robot")),
                ill("an expires_at that is not ISO-8601", u -> u.with("expires_at", "tomorrow")),
                ill("an expires_at that is a number", u -> u.with("expires_at", 1795000000)));
    }

    private static Arguments ill(String what, UnaryOperator<FakeUser> change) {
        return Arguments.of(what, change);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ill_shaped_bodies")
    void an_ill_shaped_user_body_is_identity_unavailable(String what, UnaryOperator<FakeUser> change) {
        identity.user(TOKEN, change.apply(TestTokens.member()));

        var problem = assertThrows(Unavailable.class, () -> directory.identify(new BearerToken(TOKEN)));

        assertEquals("identity_unavailable", problem.code());
    }

    @Test
    void a_user_body_that_is_a_json_array_is_identity_unavailable() {
        identity.userBody(TOKEN, "[{\"id\":\"u-1\",\"tenants\":[]}]");

        assertThrows(Unavailable.class, () -> directory.identify(new BearerToken(TOKEN)));
    }

    @Test
    void a_user_body_with_a_duplicate_key_is_identity_unavailable() {
        identity.userBody(TOKEN, "{\"id\":\"u-1\",\"tenants\":[],\"is_system_admin\":false,\"is_system_admin\":true}");

        assertThrows(Unavailable.class, () -> directory.identify(new BearerToken(TOKEN)));
    }

    @Test
    void a_failure_is_logged_once_at_warn_without_the_token() {
        var logger = (Logger) LoggerFactory.getLogger(HttpIdentityDirectory.class);
        var appender = new ListAppender<ILoggingEvent>();
        appender.start();
        logger.addAppender(appender);
        try {
            identity.user(TOKEN, TestTokens.member()).failNext(Fault.status(500));

            var problem = assertThrows(Unavailable.class, () -> directory.identify(new BearerToken(TOKEN)));

            assertEquals(1, appender.list.size());
            var event = appender.list.getFirst();
            assertEquals(Level.WARN, event.getLevel());
            assertTrue(event.getFormattedMessage().contains("500"), event.getFormattedMessage());
            assertFalse(event.getFormattedMessage().contains(TOKEN));
            assertFalse(problem.detail().contains(TOKEN));
        } finally {
            logger.detachAppender(appender);
        }
    }

    // --- section 2: policies ---

    private static Caller member() {
        return identify(TestTokens.member());
    }

    @Test
    void policies_reach_the_normaliser_in_every_shape_identity_sends() {
        // Needs the domain's PolicyNormaliser (identity.md section 2); the variants are read there.
        Caller caller = member();
        var data = new ArrayList<Object>(TestTokens.memberPolicies());
        data.add(
                Map.of("id", 9, "Effect", "DENY", "action", "tenant.acme.crm.tasks.delete", "resource", "crm:tasks/1"));
        data.add(Map.of("effect", "allow", "actions", List.of()));
        identity.policies(TOKEN, data);

        List<Policy> policies = directory.policiesFor(caller, new BearerToken(TOKEN));

        assertEquals(
                4, policies.size(), "three canonical and one IAM-spelt policy; the one without actions is skipped");
        assertEquals(Effect.DENY, policies.get(3).effect());
        assertEquals("9", policies.get(3).id());
    }

    @Test
    void the_policies_call_asks_for_this_tenant_url_encoded() {
        var oddTenant = "t acme/ü&x";
        var oddDirectory = new HttpIdentityDirectory(identity.baseUrl(), oddTenant, TIMEOUT);
        Caller caller = member();
        identity.policies(TOKEN, oddTenant, FakePolicy.list(FakePolicy.allow("*")));
        identity.resetCounters();

        List<Policy> policies = oddDirectory.policiesFor(caller, new BearerToken(TOKEN));

        var call = identity.recordedCalls().getFirst();
        assertEquals("/api/policies", call.path());
        assertEquals("tenant_id=t+acme%2F%C3%BC%26x", call.rawQuery());
        assertEquals("Bearer " + TOKEN, call.authorization());
        assertEquals("application/json", call.accept());
        assertEquals(1, policies.size());
    }

    @Test
    void no_policies_is_an_empty_list() {
        Caller caller = member();

        assertEquals(List.of(), directory.policiesFor(caller, new BearerToken(TOKEN)));
    }

    @Test
    void policies_with_a_refused_token_are_token_invalid() {
        Caller caller = member();
        identity.failNext(Fault.status(401));

        var problem = assertThrows(Unauthenticated.class, () -> directory.policiesFor(caller, new BearerToken(TOKEN)));

        assertEquals(Unauthenticated.TOKEN_INVALID, problem.code());
    }

    @Test
    void policies_during_an_outage_are_identity_unavailable() {
        Caller caller = member();
        identity.failNext(Fault.status(503).withRetryAfter("9"));

        var problem = assertThrows(Unavailable.class, () -> directory.policiesFor(caller, new BearerToken(TOKEN)));

        assertEquals("identity_unavailable", problem.code());
        assertEquals(Duration.ofSeconds(9), problem.retryAfter());
    }

    static Stream<String> ill_shaped_policy_bodies() {
        return Stream.of(
                "not json", "[]", "{}", "{\"data\": {\"id\": \"p-1\"}}", "{\"data\": null}", "{\"policies\": []}");
    }

    @ParameterizedTest
    @MethodSource("ill_shaped_policy_bodies")
    void an_unreadable_policies_body_is_identity_unavailable(String body) {
        Caller caller = member();
        identity.policiesBody(TOKEN, body);

        var problem = assertThrows(Unavailable.class, () -> directory.policiesFor(caller, new BearerToken(TOKEN)));

        assertEquals("identity_unavailable", problem.code());
    }

    @Test
    void fake_user_maps_keep_nulls_so_null_fields_reach_the_parser() {
        var user = new LinkedHashMap<String, Object>(TestTokens.member().toJson());
        user.put("scopes", null);
        user.put("token_type", null);

        Caller caller = identifyRaw(user);

        assertEquals(TokenType.USER, caller.tokenType());
        assertEquals(Scopes.unrestricted(), caller.scopes());
    }
}
