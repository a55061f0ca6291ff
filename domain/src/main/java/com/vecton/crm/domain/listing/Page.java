package com.vecton.crm.domain.listing;

import java.util.List;
import java.util.function.Function;

/** One page of a list, with the total that the client's pager needs. */
public record Page<T>(List<T> items, PageRequest request, long total) {
    public Page {
        items = List.copyOf(items);
    }

    /** At least 1, so that an empty list still has a page to show. */
    public long lastPage() {
        return Math.max(1, (total + request.perPage() - 1) / request.perPage());
    }

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), request, total);
    }
}
