package com.vecton.crm.bootstrap.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vecton.crm.adapter.out.identity.testing.FakeIdentityServer;
import com.vecton.crm.adapter.out.identity.testing.FakeIdentityServer.Fault;
import com.vecton.crm.adapter.out.identity.testing.FakePolicy;
import com.vecton.crm.adapter.out.identity.testing.FakeUser;
import com.vecton.crm.adapter.out.identity.testing.TestTokens;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every outcome of identity.md sections 1-4, through the real server, database and HTTP identity. */
class IdentityGateEndToEndTest {
    private static final String CONTACTS = "/api/contacts";
    private static CrmHarness crm;

    @BeforeAll
    static void start() {
        crm = CrmHarness.start();
    }

    @AfterAll
    static void stop() {
        crm.close();
    }

    @BeforeEach
    void healthyIdentity() {
        crm.identity.recover();
    }

    private static void assertProblem(HttpResult result, int status, String error) {
        assertEquals(status, result.status(), result::toString);
        assertEquals("application/problem+json", result.header("Content-Type").split(";")[0], result::toString);
        assertEquals(error, result.error(), result::toString);
        assertEquals(status, result.json().path("status").asInt());
    }

    /** Registers a fresh token for one test so that no cache entry of another test answers for it. */
    private static String token(String name, FakeUser user, List<?> policies) {
        String token = "tok-" + name + "-" + System.nanoTime();
        crm.identity.user(token, user);
        if (policies != null) {
            crm.identity.policies(token, policies);
        }
        return token;
    }

    @Test
    void no_authorization_header_is_token_missing_and_identity_is_not_called() {
        int before = crm.identity.totalCalls();
        var result = crm.get(CONTACTS, null);
        assertProblem(result, 401, "token_missing");
        assertEquals("Bearer", result.header("WWW-Authenticate").split(" ")[0]);
        assertEquals(before, crm.identity.totalCalls());
    }

    @Test
    void a_non_bearer_authorization_header_is_token_missing() {
        int before = crm.identity.totalCalls();
        var result = crm.send(crm.request(CONTACTS, null)
                .header("Authorization", "Basic dXNlcjpwYXNz")
                .GET());
        assertProblem(result, 401, "token_missing");
        assertEquals(before, crm.identity.totalCalls());
    }

    @Test
    void a_token_identity_refuses_is_token_invalid() {
        assertProblem(crm.get(CONTACTS, "tok-nobody-knows"), 401, "token_invalid");
    }

    @Test
    void identity_answering_403_is_token_invalid() {
        String token = token("forbidden", TestTokens.member(), TestTokens.memberPolicies());
        crm.identity.failNext(Fault.status(403));
        assertProblem(crm.get(CONTACTS, token), 401, "token_invalid");
    }

    @Test
    void an_expired_token_is_token_invalid() {
        String token = token(
                "expired", TestTokens.member().expiresAt(Instant.now().minusSeconds(5)), TestTokens.memberPolicies());
        assertProblem(crm.get(CONTACTS, token), 401, "token_invalid");
    }

    @Test
    void a_legacy_token_shape_after_the_cutoff_is_refused() {
        String token = token(
                "legacy",
                FakeUser.withId("u-legacy")
                        .named("Lea Legacy")
                        .email("lea@acme.test")
                        .legacyShape(TestTokens.TENANT_ID),
                TestTokens.memberPolicies());
        assertProblem(crm.get(CONTACTS, token), 401, "token_shape_legacy");
    }

    @Test
    void a_legacy_token_shape_before_the_cutoff_is_accepted_with_membership_from_tenant_id() {
        try (var early = CrmHarness.start(Map.of("LEGACY_TOKEN_CUTOFF", "2099-01-01T00:00:00Z"))) {
            early.identity
                    .user(
                            "tok-legacy",
                            FakeUser.withId(4711)
                                    .named("Lea Legacy")
                                    .email("lea@acme.test")
                                    .legacyShape(TestTokens.TENANT_ID))
                    .policies("tok-legacy", TestTokens.memberPolicies());
            assertEquals(200, early.get(CONTACTS, "tok-legacy").status());
            early.identity
                    .user(
                            "tok-legacy-other",
                            FakeUser.withId(4712)
                                    .named("Otto")
                                    .email("otto@x.test")
                                    .legacyShape(TestTokens.OTHER_TENANT_ID))
                    .policies("tok-legacy-other", TestTokens.memberPolicies());
            assertProblem(early.get(CONTACTS, "tok-legacy-other"), 403, "tenant_not_a_member");
        }
    }

    @Test
    void a_caller_of_another_tenant_is_not_a_member() {
        assertProblem(crm.get(CONTACTS, TestTokens.NON_MEMBER), 403, "tenant_not_a_member");
    }

    @Test
    void a_service_account_outside_its_scopes_is_scope_denied_even_when_policies_allow() {
        assertEquals(200, crm.get(CONTACTS, TestTokens.SERVICE_ACCOUNT).status());
        assertProblem(
                crm.post(CONTACTS, TestTokens.SERVICE_ACCOUNT, "{\"first_name\":\"Ödön\"}"),
                403,
                "service_account_scope_denied");
    }

    @Test
    void an_empty_scope_list_allows_nothing() {
        String token = token("noscope", TestTokens.member().scopes(List.of()), TestTokens.memberPolicies());
        assertProblem(crm.get(CONTACTS, token), 403, "service_account_scope_denied");
    }

    @Test
    void a_member_without_policies_gets_no_policies() {
        assertProblem(crm.get(CONTACTS, TestTokens.MEMBER_WITHOUT_POLICIES), 403, "no_policies");
    }

    @Test
    void a_deny_overrides_an_allow() {
        // The member may do anything to companies except delete them.
        var created = crm.post("/api/companies", TestTokens.MEMBER, "{\"name\":\"Tiszai Malom Kft.\"}");
        assertEquals(201, created.status(), created::toString);
        assertProblem(
                crm.delete(
                        "/api/companies/"
                                + created.json().path("data").path("id").asLong(),
                        TestTokens.MEMBER),
                403,
                "permission_denied");
    }

    @Test
    void an_action_no_policy_matches_is_permission_denied() {
        String token = token(
                "contacts-reader",
                TestTokens.member(),
                FakePolicy.list(FakePolicy.allow(
                        TestTokens.FQN_PREFIX + "contacts.list", TestTokens.FQN_PREFIX + "contacts.view")));
        assertEquals(200, crm.get(CONTACTS, token).status());
        assertProblem(crm.get("/api/companies", token), 403, "permission_denied");
    }

    @Test
    void policies_scoped_to_another_resource_do_not_apply() {
        String token = token(
                "one-contact",
                TestTokens.member(),
                FakePolicy.list(FakePolicy.allow(TestTokens.FQN_PREFIX + "contacts.view")
                        .on("crm:contacts/999999")));
        assertProblem(crm.get("/api/contacts/1", token), 403, "permission_denied");
        assertEquals(404, crm.get("/api/contacts/999999", token).status());
    }

    @Test
    void a_system_admin_passes_without_any_policy_fetch() {
        String token = token("admin", TestTokens.admin(), null);
        assertEquals(200, crm.get(CONTACTS, token).status());
        assertEquals(200, crm.get("/api/companies", token).status());
        assertEquals(0, crm.identity.policyCalls(token));
    }

    @Test
    void identity_5xx_is_503_identity_unavailable_with_retry_after_never_401() {
        String token = token("outage", TestTokens.member(), TestTokens.memberPolicies());
        for (int status : new int[] {500, 502, 503}) {
            crm.identity.failNext(Fault.status(status));
            var result = crm.get(CONTACTS, token);
            assertProblem(result, 503, "identity_unavailable");
            assertNotNull(result.header("Retry-After"), "Retry-After on " + status);
        }
    }

    @Test
    void identity_rate_limiting_is_503_with_its_retry_after() {
        String token = token("ratelimited", TestTokens.member(), TestTokens.memberPolicies());
        crm.identity.failNext(Fault.status(429).withRetryAfter("7"));
        var result = crm.get(CONTACTS, token);
        assertProblem(result, 503, "identity_unavailable");
        assertEquals("7", result.header("Retry-After"));
    }

    /**
     * A process of its own with a short timeout, so that waiting it out is quick. The answer must
     * come within seven timeouts (a timeout plus the request's own time, five times over), and
     * identity answers only after twelve, so the wait proven bounded is the timeout's, not identity's.
     */
    @Test
    void an_identity_timeout_is_503() {
        var timeout = Duration.ofMillis(400);
        try (var impatient = CrmHarness.start(Map.of("IDENTITY_TIMEOUT_MS", Long.toString(timeout.toMillis())))) {
            String token = "tok-slow-" + System.nanoTime();
            impatient.identity.user(token, TestTokens.member()).policies(token, TestTokens.memberPolicies());
            impatient.identity.failNext(Fault.delay(timeout.multipliedBy(12)));
            long started = System.nanoTime();
            assertProblem(impatient.get(CONTACTS, token), 503, "identity_unavailable");
            assertTrue(
                    Duration.ofNanos(System.nanoTime() - started).compareTo(timeout.multipliedBy(7)) < 0,
                    "the timeout bounds the wait");
        }
    }

    @Test
    void an_unreadable_identity_answer_is_503() {
        String token = token("garbled", TestTokens.member(), TestTokens.memberPolicies());
        crm.identity.failNext(Fault.unreadableBody());
        assertProblem(crm.get(CONTACTS, token), 503, "identity_unavailable");
    }

    @Test
    void a_policy_fetch_outage_is_503_too() {
        String token = token("policy-outage", TestTokens.member(), null);
        crm.identity.policiesBody(token, "{\"data\": \"not a list\"}");
        assertProblem(crm.get(CONTACTS, token), 503, "identity_unavailable");
    }

    @Test
    void a_refused_connection_to_identity_is_503() {
        try (var cut = CrmHarness.start(
                Map.of("IDENTITY_URL", FakeIdentityServer.closedPortUrl().toString()))) {
            var result = cut.get(CONTACTS, TestTokens.MEMBER);
            assertProblem(result, 503, "identity_unavailable");
            assertNotNull(result.header("Retry-After"));
        }
    }

    @Test
    void an_outage_is_not_remembered_so_the_first_request_after_recovery_succeeds() {
        String token = token("recovery", TestTokens.member(), TestTokens.memberPolicies());
        crm.identity.failNext(Fault.status(503));
        assertEquals(503, crm.get(CONTACTS, token).status());
        assertEquals(200, crm.get(CONTACTS, token).status());
    }

    @Test
    void a_burst_with_one_token_makes_one_user_call_and_one_policy_call() throws Exception {
        String token = token("burst", TestTokens.member(), TestTokens.memberPolicies());
        crm.identity.failAll(Fault.delay(Duration.ofMillis(150)));
        try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < 30; i++) {
                Callable<Integer> call = () -> crm.get(CONTACTS, token).status();
                answers.add(pool.submit(call));
            }
            for (var answer : answers) {
                assertEquals(200, answer.get());
            }
        } finally {
            crm.identity.recover();
        }
        for (int i = 0; i < 10; i++) {
            assertEquals(200, crm.get(CONTACTS, token).status());
        }
        assertEquals(1, crm.identity.userCalls(token));
        assertEquals(1, crm.identity.policyCalls(token));
    }

    @Test
    void the_first_successful_call_mirrors_the_user_into_tenant_users() {
        String token = token(
                "mirror",
                FakeUser.withId("u-mirror-" + System.nanoTime())
                        .named("Zsófia Szőke")
                        .email("zsofia@acme.test")
                        .locale("hu")
                        .timezone("Europe/Budapest")
                        .memberOf(TestTokens.TENANT_ID, TestTokens.TENANT_NAME),
                TestTokens.memberPolicies());
        assertEquals(200, crm.get(CONTACTS, token).status());
        String name = crm.sql(c -> {
            try (var statement = c.prepareStatement(
                    "SELECT name FROM tenant_users WHERE email = 'zsofia@acme.test' AND is_active")) {
                var rows = statement.executeQuery();
                return rows.next() ? rows.getString(1) : null;
            }
        });
        assertEquals("Zsófia Szőke", name);
    }

    @Test
    void the_identity_calls_carry_the_bearer_token_and_the_bound_tenant() {
        String token = token("wire", TestTokens.member(), TestTokens.memberPolicies());
        assertEquals(200, crm.get(CONTACTS, token).status());
        var policyCall = crm.identity.recordedCalls().stream()
                .filter(call -> call.path().equals(FakeIdentityServer.POLICIES_PATH)
                        && ("Bearer " + token).equals(call.authorization()))
                .findFirst()
                .orElseThrow();
        assertEquals("tenant_id=" + TestTokens.TENANT_ID, policyCall.rawQuery());
    }
}
