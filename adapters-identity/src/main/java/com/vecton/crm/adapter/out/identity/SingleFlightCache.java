package com.vecton.crm.adapter.out.identity;

import com.github.benmanes.caffeine.cache.Cache;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * A Caffeine cache of successful answers whose misses are loaded at most once per key at a time:
 * the first caller loads on its own thread, concurrent callers with the same key wait for it and
 * share its answer or its failure. Failures are never stored, so the next call after them loads
 * again.
 *
 * <p>Why not {@code Cache.get(key, loader)}: it runs the loader inside a map-bin lock, so a
 * 2-second identity call would also stall misses of unrelated keys in that bin. And not
 * {@code AsyncCache}: it logs every failed load at WARNING with a stack trace, a second log line
 * for an outage the directory has already logged once.
 */
final class SingleFlightCache<K, V> {
    private final Cache<K, V> answers;
    private final ConcurrentMap<K, CompletableFuture<V>> inFlight = new ConcurrentHashMap<>();
    /**
     * Bumped by every invalidation, so that a load that started before it does not store its
     * (possibly outdated) answer after it.
     */
    private final AtomicLong generation = new AtomicLong();

    SingleFlightCache(Cache<K, V> answers) {
        this.answers = answers;
    }

    V get(K key, Supplier<V> load) {
        V cached = answers.getIfPresent(key);
        if (cached != null) {
            return cached;
        }
        var mine = new CompletableFuture<V>();
        CompletableFuture<V> theirs = inFlight.putIfAbsent(key, mine);
        if (theirs != null) {
            return await(theirs);
        }
        try {
            // A flight for this key may have landed between the first look and taking the slot.
            V value = answers.getIfPresent(key);
            if (value == null) {
                long before = generation.get();
                value = load.get();
                if (generation.get() == before) {
                    answers.put(key, value);
                    // An invalidation that began between the check and the put may have swept
                    // before the put landed; it bumped the generation first, so look again.
                    if (generation.get() != before) {
                        answers.invalidate(key);
                    }
                }
            }
            mine.complete(value);
            return value;
        } catch (RuntimeException | Error e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            // After storing: a newcomer sees either this flight or its stored answer.
            inFlight.remove(key, mine);
        }
    }

    /** Drops the stored answers whose key matches; loads in flight will not store theirs. */
    void invalidateKeys(Predicate<? super K> matching) {
        generation.incrementAndGet();
        answers.asMap().keySet().removeIf(matching);
    }

    /** Drops the stored answers whose value matches; loads in flight will not store theirs. */
    void invalidateValues(Predicate<? super V> matching) {
        generation.incrementAndGet();
        answers.asMap().values().removeIf(matching);
    }

    private static <V> V await(CompletableFuture<V> flight) {
        try {
            return flight.join();
        } catch (CompletionException e) {
            // The loader's own exception, rethrown as is: a Problem the REST adapter maps, or a bug.
            if (e.getCause() instanceof RuntimeException problem) {
                throw problem;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        } catch (CancellationException e) {
            throw new IllegalStateException("a shared identity call was cancelled", e);
        }
    }
}
