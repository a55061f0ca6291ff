package com.vecton.crm.adapter.in.rest.input;

import com.vecton.crm.domain.listing.PageRequest;
import com.vecton.crm.domain.listing.SortOrder;
import com.vecton.crm.domain.search.SearchText;
import java.util.Optional;
import java.util.Set;

/**
 * The query parameters every searchable list shares ({@link PageParams}, {@code search},
 * {@code sort}), read into domain values. Failures go to the given {@link InputErrors}; the
 * components are then {@code null} and must not be used before {@link InputErrors#throwIfAny()}.
 */
public record ListParams(PageRequest page, Optional<SearchText> search, SortOrder sort) {

    public static ListParams read(
            PageParams paging,
            String search,
            String sort,
            Set<String> sortable,
            SortOrder defaultSort,
            InputErrors errors) {
        PageRequest pageRequest = paging.read(errors);
        Optional<SearchText> searchText = errors.capture(() -> SearchText.of(search));
        SortOrder sortOrder = errors.capture(() -> SortOrder.parse(sort, sortable, defaultSort));
        return new ListParams(pageRequest, searchText, sortOrder);
    }
}
