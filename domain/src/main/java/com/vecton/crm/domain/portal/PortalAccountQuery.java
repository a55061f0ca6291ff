package com.vecton.crm.domain.portal;

import com.vecton.crm.domain.access.UserId;
import com.vecton.crm.domain.contact.ContactId;
import com.vecton.crm.domain.listing.SortOrder;
import java.util.Optional;
import java.util.Set;

/** Which live portal accounts a list shows: all, or one user's, or one contact's; newest first by default. */
public record PortalAccountQuery(Optional<UserId> userId, Optional<ContactId> contactId, SortOrder sort) {
    /** The fields a client may sort accounts by. */
    public static final Set<String> SORTABLE = Set.of("created_at");

    public static final SortOrder DEFAULT_SORT = new SortOrder("created_at", true);

    public PortalAccountQuery {
        if (userId == null || contactId == null || sort == null || !SORTABLE.contains(sort.field())) {
            throw new IllegalArgumentException("an account query has its filters and an allowed sort");
        }
    }
}
