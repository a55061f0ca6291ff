package com.vecton.crm.domain.listing;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list, with the total that the client's pager needs.
 *
 * <p>Totals are exact up to {@link #COUNTED_UP_TO} matches; beyond that the total is that number,
 * a lower bound, and {@code totalIsExact} is false (a pager shows "1,000+"). Counting exactly is
 * what makes a broad search slow: on a million contacts an exact count of a one-letter search
 * scans the whole table (over 100 ms), and of a four-letter one rechecks some 12,000 heap pages
 * (25-80 ms), while counting up to 1,001 takes under 7 ms for every query measured (bench/).
 *
 * @param totalIsExact whether {@code total} is the exact number of matches or a lower bound
 */
public record Page<T>(List<T> items, PageRequest request, long total, boolean totalIsExact) {
    /** Lists count their matches exactly up to this many; see the type's description. */
    public static final long COUNTED_UP_TO = 1_000;

    public Page {
        items = List.copyOf(items);
        if (total < 0 || (!totalIsExact && total < COUNTED_UP_TO)) {
            throw new IllegalArgumentException("a total is non-negative, and only a large one can be a lower bound");
        }
    }

    /** A page whose total is exact. */
    public Page(List<T> items, PageRequest request, long total) {
        this(items, request, total, true);
    }

    /**
     * A page of a list whose matches were counted up to one more than {@link #COUNTED_UP_TO}:
     * the total is exact below the cap and the cap itself (a lower bound) at or above it.
     */
    public static <T> Page<T> counted(List<T> items, PageRequest request, long countedUpToCapPlusOne) {
        boolean exact = countedUpToCapPlusOne <= COUNTED_UP_TO;
        return new Page<>(items, request, exact ? countedUpToCapPlusOne : COUNTED_UP_TO, exact);
    }

    /** At least 1, so that an empty list still has a page to show. */
    public long lastPage() {
        return Math.max(1, (total + request.perPage() - 1) / request.perPage());
    }

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), request, total, totalIsExact);
    }
}
