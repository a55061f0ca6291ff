package com.vecton.crm.application.service.lifecycle;

import com.vecton.crm.application.port.in.lifecycle.ListRecordsUseCase;
import com.vecton.crm.domain.listing.Page;
import com.vecton.crm.domain.listing.PageRequest;

/**
 * Lists records of any type straight from its store's search, which applies the query (and, for a
 * type whose lists the gate filters, the visibility) in SQL.
 */
public final class ListRecordsService<Q, E> implements ListRecordsUseCase<Q, E> {
    private final Search<Q, E> search;

    /** @param search the store's own query, such as {@code contacts::search} */
    public ListRecordsService(Search<Q, E> search) {
        this.search = search;
    }

    @Override
    public Page<E> list(Q query, PageRequest page) {
        return search.search(query, page);
    }

    /** One page of a store's records matching a query. */
    @FunctionalInterface
    public interface Search<Q, E> {
        Page<E> search(Q query, PageRequest page);
    }
}
