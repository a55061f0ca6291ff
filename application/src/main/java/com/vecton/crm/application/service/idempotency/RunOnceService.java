package com.vecton.crm.application.service.idempotency;

import com.vecton.crm.application.port.in.idempotency.RunOnceUseCase;
import com.vecton.crm.application.port.out.Clock;
import com.vecton.crm.application.port.out.IdempotencyRecords;
import com.vecton.crm.application.port.out.Transactions;
import com.vecton.crm.domain.idempotency.IdempotencyRecord;
import com.vecton.crm.domain.idempotency.IdempotentRequest;
import com.vecton.crm.domain.idempotency.StoredResponse;
import com.vecton.crm.domain.problem.Conflict;
import com.vecton.crm.domain.problem.RuleViolated;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Exactly once by one transaction: the claim on the key, the check for an earlier answer, the
 * work and the record of its answer commit together or not at all. So a crash can leave neither
 * a created record without its kept answer (a retry would create it again) nor a kept answer
 * without its record; and a refused request (the work threw) keeps nothing, so the client may
 * fix it and retry with the same key.
 *
 * <p>The claim does not wait: a second request with the key while the first runs is answered
 * {@code 409 idempotency_key_in_progress} at once, rather than holding a connection and a worker
 * for as long as the first takes (the IETF draft and Stripe answer so too). Once the first has
 * committed, the claim is free again and a retry finds its record: in Postgres a transaction's
 * rows are visible before its locks are released, and each statement of ours reads what is
 * committed by then.
 */
public final class RunOnceService implements RunOnceUseCase {
    /** How long a key is honoured (the IETF draft's and Stripe's 24 hours). */
    public static final Duration RETENTION = Duration.ofHours(24);
    /** A request with the key is running; most take milliseconds, so a second is a generous wait. */
    static final Duration IN_PROGRESS_RETRY_AFTER = Duration.ofSeconds(1);

    private final Transactions transactions;
    private final IdempotencyRecords records;
    private final Clock clock;

    public RunOnceService(Transactions transactions, IdempotencyRecords records, Clock clock) {
        this.transactions = Objects.requireNonNull(transactions);
        this.records = Objects.requireNonNull(records);
        this.clock = Objects.requireNonNull(clock);
    }

    @Override
    public Outcome run(IdempotentRequest request, Supplier<StoredResponse> work) {
        return transactions.inTransaction(() -> {
            if (!records.claim(request.scope(), request.key())) {
                throw new Conflict(
                        "idempotency_key_in_progress",
                        "A request with this Idempotency-Key is still being processed; retry after it finished.",
                        IN_PROGRESS_RETRY_AFTER);
            }
            var now = clock.now();
            var liveSince = now.minus(RETENTION);
            var earlier = records.findLive(request.scope(), request.key(), liveSince);
            if (earlier.isPresent()) {
                if (!earlier.get().answers(request)) {
                    throw new RuleViolated(
                            "idempotency_key_reused",
                            "This Idempotency-Key was used for another request (another method, path or body);"
                                    + " use a new key for a new request.");
                }
                return new Outcome(earlier.get().response(), true);
            }
            StoredResponse fresh = work.get();
            if (fresh.isSuccess()) {
                records.save(new IdempotencyRecord(request, fresh, now), liveSince);
            }
            return new Outcome(fresh, false);
        });
    }
}
