package com.vecton.crm.adapter.out.identity;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import com.github.benmanes.caffeine.cache.Ticker;
import com.vecton.crm.application.port.out.IdentityCache;
import com.vecton.crm.application.port.out.IdentityDirectory;
import com.vecton.crm.domain.access.BearerToken;
import com.vecton.crm.domain.access.Caller;
import com.vecton.crm.domain.access.Policy;
import com.vecton.crm.domain.access.UserId;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import java.util.function.Function;

/**
 * Caches another {@link IdentityDirectory} as identity.md sections 1 and 2 require: users for
 * 60 s under the token's SHA-256, policies for 1 h under
 * {@code policies:{tenantId}:{userId}:{sha256(token)[:12]}}; no entry outlives the token's
 * {@code expires_at}. The raw token is never a key.
 *
 * <p>Single flight: concurrent calls with one key make one upstream call, on the first caller's
 * thread, and share its answer (see {@link SingleFlightCache}). Only successes are kept: an
 * outage or a 401 is shared by the calls already waiting for it, never by the next one.
 */
public final class CachingIdentityDirectory implements IdentityDirectory, IdentityCache {
    public static final Duration USER_TTL = Duration.ofSeconds(60);
    public static final Duration POLICY_TTL = Duration.ofHours(1);
    /** Bounds memory under a flood of distinct valid tokens. */
    static final int MAX_USERS = 10_000;

    static final int MAX_POLICY_LISTS = 10_000;

    private final IdentityDirectory upstream;
    private final String tenantId;
    private final SingleFlightCache<String, Caller> users;
    private final SingleFlightCache<PolicyKey, CachedPolicies> policies;

    public CachingIdentityDirectory(IdentityDirectory upstream, String tenantId) {
        this(upstream, tenantId, Ticker.systemTicker(), InstantSource.system());
    }

    /**
     * @param ticker    drives expiry (tests advance it instead of sleeping)
     * @param wallClock the current instant, to compare with {@code expires_at}; keep it in step with {@code ticker}
     */
    public CachingIdentityDirectory(
            IdentityDirectory upstream, String tenantId, Ticker ticker, InstantSource wallClock) {
        if (upstream == null || ticker == null || wallClock == null) {
            throw new IllegalArgumentException("a caching directory needs an upstream, a ticker and a clock");
        }
        if (tenantId == null || tenantId.isBlank()) {
            throw new IllegalArgumentException("a tenant id is not blank");
        }
        this.upstream = upstream;
        this.tenantId = tenantId;
        this.users = new SingleFlightCache<>(Caffeine.newBuilder()
                .maximumSize(MAX_USERS)
                .ticker(ticker)
                // Maintenance is a few map operations: run it inline rather than on the common pool.
                .executor(Runnable::run)
                .expireAfter(new UntilTokenExpiry<String, Caller>(USER_TTL, wallClock, Caller::expiresAt))
                .build());
        this.policies = new SingleFlightCache<>(Caffeine.newBuilder()
                .maximumSize(MAX_POLICY_LISTS)
                .ticker(ticker)
                .executor(Runnable::run)
                .expireAfter(new UntilTokenExpiry<PolicyKey, CachedPolicies>(
                        POLICY_TTL, wallClock, CachedPolicies::tokenExpiresAt))
                .build());
    }

    @Override
    public Caller identify(BearerToken token) {
        return users.get(token.fingerprint(), () -> upstream.identify(token));
    }

    @Override
    public List<Policy> policiesFor(Caller caller, BearerToken token) {
        var key = PolicyKey.of(tenantId, caller.id(), token);
        return policies.get(key, () -> new CachedPolicies(upstream.policiesFor(caller, token), caller.expiresAt()))
                .policies();
    }

    /** Drops every cached policy list of a tenant ({@code identity.policy.updated}). */
    @Override
    public void forgetPoliciesOfTenant(String tenantId) {
        policies.invalidateKeys(key -> key.tenantId().equals(tenantId));
    }

    /**
     * Drops every cached token of a user, and their policies (a user deleted or removed from
     * the tenant). A call already in flight still answers its own waiters, but is not stored.
     */
    @Override
    public void forgetUser(UserId userId) {
        users.invalidateValues(caller -> caller.id().equals(userId));
        policies.invalidateKeys(key -> key.userId().equals(userId.value()));
    }

    /** The policy cache key of identity.md section 2; {@link #toString()} is the contract's spelling. */
    record PolicyKey(String tenantId, String userId, String tokenPrefix) {
        static PolicyKey of(String tenantId, UserId userId, BearerToken token) {
            return new PolicyKey(tenantId, userId.value(), token.fingerprint().substring(0, 12));
        }

        @Override
        public String toString() {
            return "policies:" + tenantId + ":" + userId + ":" + tokenPrefix;
        }
    }

    /** A policy list with the expiry of the token it was fetched with. */
    private record CachedPolicies(List<Policy> policies, Instant tokenExpiresAt) {}

    /** Keeps an entry for {@code ttl}, but never past the token's expiry; an expired token's answer is not kept at all. */
    private static final class UntilTokenExpiry<K, V> implements Expiry<K, V> {
        private final Duration ttl;
        private final long ttlNanos;
        private final InstantSource wallClock;
        private final Function<V, Instant> expiresAt;

        UntilTokenExpiry(Duration ttl, InstantSource wallClock, Function<V, Instant> expiresAt) {
            this.ttl = ttl;
            this.ttlNanos = ttl.toNanos();
            this.wallClock = wallClock;
            this.expiresAt = expiresAt;
        }

        @Override
        public long expireAfterCreate(K key, V value, long currentTime) {
            Instant until = expiresAt.apply(value);
            if (until == null) {
                return ttlNanos;
            }
            Duration left = Duration.between(wallClock.instant(), until);
            if (left.isNegative() || left.isZero()) {
                return 0;
            }
            return left.compareTo(ttl) >= 0 ? ttlNanos : left.toNanos();
        }

        @Override
        public long expireAfterUpdate(K key, V value, long currentTime, long currentDuration) {
            return expireAfterCreate(key, value, currentTime);
        }

        @Override
        public long expireAfterRead(K key, V value, long currentTime, long currentDuration) {
            return currentDuration;
        }
    }
}
