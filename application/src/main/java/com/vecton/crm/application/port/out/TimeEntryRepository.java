package com.vecton.crm.application.port.out;

import com.vecton.crm.domain.access.UserId;
import com.vecton.crm.domain.access.Visibility;
import com.vecton.crm.domain.listing.PageRequest;
import com.vecton.crm.domain.sync.ChangeBatch;
import com.vecton.crm.domain.sync.ChangePosition;
import com.vecton.crm.domain.time.TimeEntry;
import com.vecton.crm.domain.time.TimeEntryId;
import com.vecton.crm.domain.time.TimeEntryListing;
import com.vecton.crm.domain.time.TimeEntryQuery;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Where time entries are kept. The store itself guarantees, whatever the callers do and however
 * many run at once, that a user's live entries never overlap and that a user has at most one
 * running timer; {@link #save} reports a breach as the domain's rule.
 */
public interface TimeEntryRepository extends RecordStore<TimeEntryId, TimeEntry> {

    /**
     * Inserts a new entry or overwrites the stored one with the same id.
     *
     * @throws com.vecton.crm.domain.problem.RuleViolated {@code time_entry_overlap} when a live entry
     *         would overlap another live entry of its owner (a running one counts as open-ended), or
     *         {@code timer_already_running} when it would be its owner's second running timer
     */
    @Override
    void save(TimeEntry entry);

    /** An entry, live or soft-deleted, read without a lock (what a restore is authorised against). */
    Optional<TimeEntry> findLiveOrDeletedById(TimeEntryId id);

    /** One page of the live entries matching the query, newest first, with the minutes of all matches: unfiltered. */
    default TimeEntryListing list(TimeEntryQuery query, PageRequest page) {
        return list(query, Visibility.EVERYTHING, page);
    }

    /**
     * One page of the live entries that match the query and that the caller may see, newest first,
     * with the total and the minutes of those. The visibility may test the attributes of
     * {@link com.vecton.crm.domain.time.TimeEntryAccess#FILTERABLE} and {@link Visibility#ID}.
     */
    TimeEntryListing list(TimeEntryQuery query, Visibility visible, PageRequest page);

    /**
     * Hands every live entry matching the query to {@code sink}, oldest first (start, then id), each
     * as soon as it is read: the store never holds all matches at once, so an export of any size
     * runs in little memory. The sink runs while the store reads; an exception it throws stops the
     * reading and propagates unchanged.
     *
     * @return how many entries the sink was given
     */
    long forEachMatching(TimeEntryQuery query, Consumer<TimeEntry> sink);

    /**
     * As {@link #changesAfter(ChangePosition, Visibility, int)}, of one owner's entries only when
     * {@code owner} is given: the changes feed of a requester who works on their own time.
     */
    ChangeBatch<TimeEntry> changesAfter(Optional<UserId> owner, ChangePosition after, Visibility visible, int limit);
}
