package com.vecton.crm.application.port.in.lifecycle;

import com.vecton.crm.domain.listing.Page;
import com.vecton.crm.domain.listing.PageRequest;

/** Browse, filter and search live records of one type (contacts, companies, ...), a page at a time. */
public interface ListRecordsUseCase<Q, E> {

    /** One page of the records matching the query, with the total number of matches. */
    Page<E> list(Q query, PageRequest page);
}
