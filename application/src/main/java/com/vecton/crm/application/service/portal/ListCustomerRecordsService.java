package com.vecton.crm.application.service.portal;

import com.vecton.crm.application.port.in.portal.ListCustomerRecordsUseCase;
import com.vecton.crm.domain.access.Requester;
import com.vecton.crm.domain.company.CompanyId;
import com.vecton.crm.domain.listing.Page;
import com.vecton.crm.domain.listing.PageRequest;
import java.util.List;

/**
 * A portal list of any record type: the caller's company, then the type's own search within it,
 * which reaches the company through that type's path ({@link Search}). No company, no records.
 */
public final class ListCustomerRecordsService<Q, E> implements ListCustomerRecordsUseCase<Q, E> {
    private final CustomerScopes scopes;
    private final Search<Q, E> search;

    public ListCustomerRecordsService(CustomerScopes scopes, Search<Q, E> search) {
        this.scopes = scopes;
        this.search = search;
    }

    @Override
    public Page<E> list(Requester who, Q query, PageRequest page) {
        return scopes.companyOf(who)
                .map(company -> search.search(company, query, page))
                .orElseGet(() -> new Page<>(List.of(), page, 0));
    }

    /** One page of a type's records that reach {@code company} by the type's path and match the query. */
    @FunctionalInterface
    public interface Search<Q, E> {
        Page<E> search(CompanyId company, Q query, PageRequest page);
    }
}
