package com.vecton.crm.application.port.in.lifecycle;

import com.vecton.crm.domain.access.Requester;
import com.vecton.crm.domain.listing.Page;
import com.vecton.crm.domain.listing.PageRequest;

/** Browse, filter and search live records of one type (contacts, companies, ...), a page at a time. */
public interface ListRecordsUseCase<Q, E> {

    /**
     * One page of the records matching the query that the requester could open one by one, with
     * the total number of those.
     *
     * @throws com.vecton.crm.domain.problem.Forbidden when no record could be visible, saying why
     */
    Page<E> list(Requester who, Q query, PageRequest page);
}
