package com.vecton.crm.application.port.in.portal;

import com.vecton.crm.domain.access.Requester;
import com.vecton.crm.domain.listing.Page;
import com.vecton.crm.domain.listing.PageRequest;

/** A portal caller browses one type of their company's records (contacts, log entries, ...), a page at a time. */
public interface ListCustomerRecordsUseCase<Q, E> {

    /**
     * The records of the caller's company that match the query, reached through the type's own path
     * to the company; none when the account's contact is at no live company.
     *
     * @throws com.vecton.crm.domain.problem.Forbidden {@code portal_account_missing} without a portal account
     */
    Page<E> list(Requester who, Q query, PageRequest page);
}
