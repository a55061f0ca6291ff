package com.vecton.crm.application.service.lifecycle;

import com.vecton.crm.application.port.in.lifecycle.ListRecordsUseCase;
import com.vecton.crm.domain.access.Requester;
import com.vecton.crm.domain.access.Visibility;
import com.vecton.crm.domain.listing.Page;
import com.vecton.crm.domain.listing.PageRequest;

/**
 * Lists records of any type from its store's search, which applies the query and the requester's
 * {@link VisibleRecords visibility} in SQL: the list shows exactly the records its item route
 * would show, and its total counts only those.
 */
public final class ListRecordsService<Q, E> implements ListRecordsUseCase<Q, E> {
    private final VisibleRecords visible;
    private final Search<Q, E> search;

    /**
     * @param visible which records of the type a list may show
     * @param search  the store's own query, such as {@code contacts::search}
     */
    public ListRecordsService(VisibleRecords visible, Search<Q, E> search) {
        this.visible = visible;
        this.search = search;
    }

    @Override
    public Page<E> list(Requester who, Q query, PageRequest page) {
        return search.search(query, visible.ofAll(who), page);
    }

    /** One page of a store's records matching a query, among those visible. */
    @FunctionalInterface
    public interface Search<Q, E> {
        Page<E> search(Q query, Visibility visible, PageRequest page);
    }
}
