package com.vecton.crm.domain.listing;

/**
 * Which page of a list a client wants: pages count from 1; {@code per_page} defaults to 25
 * and is capped at 100 (a larger value is capped, not refused).
 */
public record PageRequest(int page, int perPage) {
    public static final int DEFAULT_PER_PAGE = 25;
    public static final int MAX_PER_PAGE = 100;

    public PageRequest {
        if (page < 1) {
            throw new IllegalArgumentException("pages count from 1");
        }
        if (perPage < 1 || perPage > MAX_PER_PAGE) {
            throw new IllegalArgumentException("per_page is 1.." + MAX_PER_PAGE);
        }
    }

    /** From the client's raw values: {@code null} means default, too large is capped. */
    public static PageRequest of(Integer page, Integer perPage) {
        int p = page == null ? 1 : page;
        int pp = perPage == null ? DEFAULT_PER_PAGE : Math.min(perPage, MAX_PER_PAGE);
        if (p < 1 || pp < 1) {
            var errors = new com.vecton.crm.domain.problem.FieldErrors();
            if (p < 1) {
                errors.add("page", "must be at least 1");
            }
            if (pp < 1) {
                errors.add("per_page", "must be at least 1");
            }
            errors.throwIfAny();
        }
        return new PageRequest(p, pp);
    }

    public long offset() {
        return (long) (page - 1) * perPage;
    }
}
