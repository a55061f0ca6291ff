package com.vecton.crm.domain.communication;

import com.vecton.crm.domain.company.CompanyId;
import com.vecton.crm.domain.contact.ContactId;
import com.vecton.crm.domain.deal.DealId;
import com.vecton.crm.domain.listing.SortOrder;
import com.vecton.crm.domain.problem.ValidationFailed;
import com.vecton.crm.domain.search.SearchText;
import java.time.Instant;
import java.util.Optional;

/**
 * Which live log entries a list shows: filtered by their links, their type and when they happened
 * ({@code from} inclusive, {@code to} exclusive), searched in subject and body, newest first unless
 * another order is asked.
 */
public record CommunicationLogQuery(
        Optional<SearchText> search,
        Optional<ContactId> contactId,
        Optional<CompanyId> companyId,
        Optional<DealId> dealId,
        Optional<CommunicationType> type,
        Optional<Instant> from,
        Optional<Instant> to,
        SortOrder sort) {
    /** The fields a client may sort log entries by. */
    public static final java.util.Set<String> SORTABLE = java.util.Set.of("occurred_at", "created_at", "updated_at");

    public static final SortOrder DEFAULT_SORT = new SortOrder("occurred_at", true);

    public CommunicationLogQuery {
        if (search == null
                || contactId == null
                || companyId == null
                || dealId == null
                || type == null
                || from == null
                || to == null
                || sort == null
                || !SORTABLE.contains(sort.field())) {
            throw new IllegalArgumentException("a log query has every filter (possibly empty) and an allowed sort");
        }
        if (from.isPresent() && to.isPresent() && !to.get().isAfter(from.get())) {
            throw ValidationFailed.of("to", "must be after from");
        }
    }

    /** Every live entry, newest first. */
    public static CommunicationLogQuery all() {
        return new CommunicationLogQuery(
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                DEFAULT_SORT);
    }

    /** The same query, searching for this text. */
    public CommunicationLogQuery searching(Optional<SearchText> text) {
        return new CommunicationLogQuery(text, contactId, companyId, dealId, type, from, to, sort);
    }
}
