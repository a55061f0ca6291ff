package com.vecton.crm.adapter.out.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vecton.crm.adapter.out.identity.testing.FakeIdentityServer;
import com.vecton.crm.adapter.out.identity.testing.FakeIdentityServer.Fault;
import com.vecton.crm.adapter.out.identity.testing.FakePolicy;
import com.vecton.crm.adapter.out.identity.testing.FakeUser;
import com.vecton.crm.adapter.out.identity.testing.TestTokens;
import com.vecton.crm.domain.access.BearerToken;
import com.vecton.crm.domain.access.Caller;
import com.vecton.crm.domain.access.UserId;
import com.vecton.crm.domain.problem.Unauthenticated;
import com.vecton.crm.domain.problem.Unavailable;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The caching rules of identity.md sections 1 and 2, over real HTTP to the fake identity. */
class CachingIdentityDirectoryTest {
    private static final int BURST = 50;

    private FakeIdentityServer identity;
    private FakeTime time;
    private CachingIdentityDirectory directory;
    /**
     * No test here times identity out; the bursts hold the first call for up to 500 ms (plus a cold
     * client's first connection), which must not run into the timeout: 2 s left a busy machine
     * less than four times that.
     */
    private static final Duration CALL_TIMEOUT = Duration.ofSeconds(10);

    @BeforeEach
    void start() {
        identity = TestTokens.installOn(FakeIdentityServer.start());
        time = new FakeTime();
        directory = new CachingIdentityDirectory(
                new HttpIdentityDirectory(identity.baseUrl(), TestTokens.TENANT_ID, CALL_TIMEOUT),
                TestTokens.TENANT_ID,
                time,
                time);
    }

    @AfterEach
    void stop() {
        identity.close();
    }

    private Caller identify(String token) {
        return directory.identify(new BearerToken(token));
    }

    private int policiesOf(String token) {
        return directory.policiesFor(identify(token), new BearerToken(token)).size();
    }

    /** Runs the task on {@code BURST} virtual threads released at once; their results or exceptions. */
    private static <T> List<Future<T>> burst(Callable<T> task) throws InterruptedException {
        var ready = new CountDownLatch(BURST);
        var go = new CountDownLatch(1);
        var futures = new ArrayList<Future<T>>();
        try (var threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < BURST; i++) {
                futures.add(threads.submit(() -> {
                    ready.countDown();
                    go.await();
                    return task.call();
                }));
            }
            ready.await();
            go.countDown();
        }
        return futures;
    }

    // --- users ---

    @Test
    void a_concurrent_burst_with_one_token_makes_one_identity_call() throws Exception {
        // The first call is slow, so the burst arrives while it is in flight.
        identity.failNext(Fault.delay(Duration.ofMillis(300)));

        var answers = burst(() -> identify(TestTokens.MEMBER));

        for (var answer : answers) {
            assertEquals(new UserId("u-1001"), answer.get().id());
        }
        assertEquals(1, identity.userCalls(TestTokens.MEMBER));
    }

    @Test
    void a_user_is_served_from_the_cache_for_60_seconds() {
        identify(TestTokens.MEMBER);
        time.advance(Duration.ofSeconds(59));
        identify(TestTokens.MEMBER);

        assertEquals(1, identity.userCalls(TestTokens.MEMBER));

        time.advance(Duration.ofSeconds(2));
        identify(TestTokens.MEMBER);

        assertEquals(2, identity.userCalls(TestTokens.MEMBER));
    }

    @Test
    void a_user_is_not_cached_past_the_token_expiry() {
        identity.user("tok-short", TestTokens.member().expiresAt(time.instant().plusSeconds(10)));
        identify("tok-short");
        time.advance(Duration.ofSeconds(9));
        identify("tok-short");

        assertEquals(1, identity.userCalls("tok-short"));

        time.advance(Duration.ofSeconds(2));
        identify("tok-short");

        assertEquals(2, identity.userCalls("tok-short"));
    }

    @Test
    void an_expired_token_is_never_cached() {
        identity.user(
                "tok-expired", TestTokens.member().expiresAt(time.instant().minusSeconds(1)));

        identify("tok-expired");
        identify("tok-expired");

        assertEquals(2, identity.userCalls("tok-expired"));
    }

    @Test
    void an_expiry_far_in_the_future_keeps_the_usual_60_seconds() {
        identity.user("tok-long", TestTokens.member().with("expires_at", "9999-12-31T23:59:59Z"));
        identify("tok-long");
        time.advance(Duration.ofSeconds(61));
        identify("tok-long");

        assertEquals(2, identity.userCalls("tok-long"));
    }

    @Test
    void an_outage_is_not_remembered_so_the_first_call_after_recovery_succeeds() {
        identity.failNext(Fault.status(503));

        assertThrows(Unavailable.class, () -> identify(TestTokens.MEMBER));
        Caller caller = identify(TestTokens.MEMBER);

        assertEquals(new UserId("u-1001"), caller.id());
        assertEquals(2, identity.userCalls(TestTokens.MEMBER));
    }

    @Test
    void a_refused_token_is_not_remembered() {
        identity.revoke("tok-new");

        assertThrows(Unauthenticated.class, () -> identify("tok-new"));
        identity.user("tok-new", TestTokens.member());

        assertEquals(new UserId("u-1001"), identify("tok-new").id());
    }

    @Test
    void a_burst_during_an_outage_shares_one_failure_and_the_next_call_asks_again() throws Exception {
        identity.failNext(Fault.status(503).withRetryAfter("3").after(Duration.ofMillis(500)));

        var answers = burst(() -> identify(TestTokens.MEMBER));

        for (var answer : answers) {
            var failure = assertThrows(ExecutionException.class, answer::get);
            var problem = assertInstanceOf(Unavailable.class, failure.getCause());
            assertEquals(Duration.ofSeconds(3), problem.retryAfter());
        }
        assertEquals(1, identity.userCalls(TestTokens.MEMBER));

        assertEquals(new UserId("u-1001"), identify(TestTokens.MEMBER).id());
        assertEquals(2, identity.userCalls(TestTokens.MEMBER));
    }

    @Test
    void different_tokens_are_different_cache_entries() {
        identify(TestTokens.MEMBER);
        identify(TestTokens.ADMIN);
        identify(TestTokens.MEMBER);

        assertEquals(1, identity.userCalls(TestTokens.MEMBER));
        assertEquals(1, identity.userCalls(TestTokens.ADMIN));
    }

    @Test
    void forget_user_drops_every_token_of_that_user_only() {
        identity.user("tok-member-laptop", TestTokens.member());
        identify(TestTokens.MEMBER);
        identify("tok-member-laptop");
        identify(TestTokens.ADMIN);

        directory.forgetUser(new UserId("u-1001"));
        identify(TestTokens.MEMBER);
        identify("tok-member-laptop");
        identify(TestTokens.ADMIN);

        assertEquals(2, identity.userCalls(TestTokens.MEMBER));
        assertEquals(2, identity.userCalls("tok-member-laptop"));
        assertEquals(1, identity.userCalls(TestTokens.ADMIN));
    }

    // --- policies (counts need the domain's PolicyNormaliser) ---

    @Test
    void policies_are_served_from_the_cache_for_an_hour() {
        assertEquals(3, policiesOf(TestTokens.MEMBER));
        time.advance(Duration.ofMinutes(59));
        assertEquals(3, policiesOf(TestTokens.MEMBER));

        assertEquals(1, identity.policyCalls(TestTokens.MEMBER));

        time.advance(Duration.ofMinutes(2));
        policiesOf(TestTokens.MEMBER);

        assertEquals(2, identity.policyCalls(TestTokens.MEMBER));
    }

    @Test
    void a_concurrent_burst_for_policies_makes_one_identity_call() throws Exception {
        Caller caller = identify(TestTokens.MEMBER);
        var token = new BearerToken(TestTokens.MEMBER);
        identity.failNext(Fault.delay(Duration.ofMillis(300)));

        var answers = burst(() -> directory.policiesFor(caller, token));

        for (var answer : answers) {
            assertEquals(3, answer.get().size());
        }
        assertEquals(1, identity.policyCalls(TestTokens.MEMBER));
    }

    @Test
    void a_rotated_token_fetches_policies_again() {
        identity.user("tok-member-rotated", TestTokens.member())
                .policies("tok-member-rotated", TestTokens.memberPolicies());

        policiesOf(TestTokens.MEMBER);
        policiesOf("tok-member-rotated");
        policiesOf(TestTokens.MEMBER);

        assertEquals(1, identity.policyCalls(TestTokens.MEMBER));
        assertEquals(1, identity.policyCalls("tok-member-rotated"));
    }

    @Test
    void the_policy_cache_key_is_tenant_user_and_token_fingerprint_prefix() {
        var token = new BearerToken(TestTokens.MEMBER);

        var key = CachingIdentityDirectory.PolicyKey.of(TestTokens.TENANT_ID, new UserId("u-1001"), token);

        assertEquals("policies:t-acme:u-1001:" + token.fingerprint().substring(0, 12), key.toString());
        assertTrue(!key.toString().contains(TestTokens.MEMBER));
    }

    @Test
    void a_policy_outage_is_not_remembered() {
        Caller caller = identify(TestTokens.MEMBER);
        var token = new BearerToken(TestTokens.MEMBER);
        identity.failNext(Fault.status(500));

        assertThrows(Unavailable.class, () -> directory.policiesFor(caller, token));

        assertEquals(3, directory.policiesFor(caller, token).size());
        assertEquals(2, identity.policyCalls(TestTokens.MEMBER));
    }

    @Test
    void forgetting_the_tenant_policies_forces_a_refetch() {
        policiesOf(TestTokens.MEMBER);
        identity.policies(TestTokens.MEMBER, FakePolicy.list(FakePolicy.allow("*")));

        directory.forgetPoliciesOfTenant(TestTokens.OTHER_TENANT_ID);
        assertEquals(3, policiesOf(TestTokens.MEMBER));
        directory.forgetPoliciesOfTenant(TestTokens.TENANT_ID);
        assertEquals(1, policiesOf(TestTokens.MEMBER));

        assertEquals(2, identity.policyCalls(TestTokens.MEMBER));
    }

    @Test
    void policies_are_not_cached_past_the_token_expiry() {
        identity.user("tok-short", TestTokens.member().expiresAt(time.instant().plusSeconds(30)))
                .policies("tok-short", TestTokens.memberPolicies());
        Caller caller = identify("tok-short");
        var token = new BearerToken("tok-short");
        directory.policiesFor(caller, token);
        time.advance(Duration.ofSeconds(31));

        directory.policiesFor(caller, token);

        assertEquals(2, identity.policyCalls("tok-short"));
    }

    @Test
    void forget_user_also_drops_their_policies() {
        policiesOf(TestTokens.MEMBER);
        policiesOf(TestTokens.SERVICE_ACCOUNT);

        directory.forgetUser(new UserId("u-1001"));
        policiesOf(TestTokens.MEMBER);
        policiesOf(TestTokens.SERVICE_ACCOUNT);

        assertEquals(2, identity.policyCalls(TestTokens.MEMBER));
        assertEquals(1, identity.policyCalls(TestTokens.SERVICE_ACCOUNT));
    }

    @Test
    void the_http_factory_builds_a_working_cached_directory() {
        var built = IdentityDirectories.http(identity.baseUrl(), TestTokens.TENANT_ID, Duration.ofSeconds(2));

        built.identify(new BearerToken(TestTokens.ADMIN));
        Caller admin = built.identify(new BearerToken(TestTokens.ADMIN));

        assertTrue(admin.systemAdmin());
        assertEquals(1, identity.userCalls(TestTokens.ADMIN));
    }

    @Test
    void a_fake_user_with_a_number_id_round_trips_through_the_cache() {
        identity.user("tok-numeric", FakeUser.withId(42).memberOf(TestTokens.TENANT_ID, TestTokens.TENANT_NAME));

        assertEquals(identify("tok-numeric"), identify("tok-numeric"));
        assertEquals(1, identity.userCalls("tok-numeric"));
    }
}
