package com.vecton.crm.application.port.in.idempotency;

import com.vecton.crm.domain.idempotency.IdempotentRequest;
import com.vecton.crm.domain.idempotency.StoredResponse;
import java.util.function.Supplier;

/**
 * Run a request that carries an idempotency key at most once per caller and key within
 * {@code RunOnceService.RETENTION}, across replicas: the first run's successful answer is kept
 * and given again to every retry of the same request.
 */
public interface RunOnceUseCase {

    /**
     * Runs {@code work} in one transaction with the record of its answer, or answers from that
     * record. {@code work} may run more than once when Postgres asks for a re-run (a deadlock), so
     * it must be repeatable, as every use case is; whatever it throws rolls back and keeps nothing.
     *
     * @throws com.vecton.crm.domain.problem.Conflict {@code idempotency_key_in_progress}, with a
     *         {@code Retry-After}, while another request with this key is running
     * @throws com.vecton.crm.domain.problem.RuleViolated {@code idempotency_key_reused} when the key
     *         was used for another request (another method, target or body)
     */
    Outcome run(IdempotentRequest request, Supplier<StoredResponse> work);

    /** The answer to give, and whether it is one given before. */
    record Outcome(StoredResponse response, boolean replayed) {
        public Outcome {
            if (response == null) {
                throw new IllegalArgumentException("an outcome has a response");
            }
        }
    }
}
