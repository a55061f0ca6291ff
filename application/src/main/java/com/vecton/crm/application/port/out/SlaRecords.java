package com.vecton.crm.application.port.out;

import com.vecton.crm.domain.listing.Page;
import com.vecton.crm.domain.listing.PageRequest;
import com.vecton.crm.domain.sla.SlaBreach;
import com.vecton.crm.domain.sla.SlaTarget;
import com.vecton.crm.domain.sla.SlaTask;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Tasks as the SLA clock reads them, and the breaches and warnings it writes. */
public interface SlaRecords {

    /** A live task with its labels and status history. */
    Optional<SlaTask> task(long taskId);

    /**
     * Live tasks that have a target still open (not done, or still in todo), created at or before
     * {@code createdBy}, with id above {@code afterId}, by id, at most {@code limit}.
     */
    List<SlaTask> open(Instant createdBy, long afterId, int limit);

    /**
     * Live tasks with a status change entered at or after {@code since}, with id above {@code
     * afterId}, by id, at most {@code limit}: those that may have met a target since then, late.
     */
    List<SlaTask> changedSince(Instant since, long afterId, int limit);

    /** Live tasks created in {@code [from, to)}, by id. */
    List<SlaTask> createdBetween(Instant from, Instant to);

    /**
     * Claims this run of the breach job for the transaction, without waiting: false when another
     * replica's run holds the claim (that run does the work).
     */
    boolean claimBreachRun();

    /**
     * Records this run of the claimed job as the last one; when the previous run was (the
     * migration's time before the first).
     */
    Instant previousRun(Instant thisRun);

    /** A breach to write: resolved at {@code resolvedAt} when the task met the target late, else open. */
    record NewBreach(
            long taskId, long policyId, SlaTarget target, Instant dueAt, Instant breachedAt, Instant resolvedAt) {}

    /** A warning to write. */
    record NewWarning(long taskId, long policyId, SlaTarget target, Instant dueAt, Instant warnedAt) {}

    /**
     * Writes each breach unless one of its task and target exists (a target is met once, so it is
     * breached once), all in one statement; those written.
     */
    List<NewBreach> recordBreaches(List<NewBreach> breaches);

    /** Writes each warning unless one of its task and target exists, in one statement; those written. */
    List<NewWarning> recordWarnings(List<NewWarning> warnings);

    /**
     * Sets {@code resolved_at} on unresolved breaches whose task now meets the target, to when it
     * first met it ({@code at} if its history does not say); how many.
     */
    int resolveMet(Instant at);

    /** Breaches by {@code breached_at} in {@code [from, to)} (each bound optional), newest first. */
    Page<SlaBreach> breaches(Instant from, Instant to, Long policyId, Boolean resolved, PageRequest page);
}
