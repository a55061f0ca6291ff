package com.vecton.crm.adapter.in.rest.gate;

import com.vecton.crm.domain.problem.NotFound;

/**
 * Reads the {@code {id}} path parameter of item routes. Something that is not a positive integer
 * cannot name a stored item, so it is a 404, never a 400 or 500. The value is canonical
 * ({@code 007} is {@code 7}), which matters because the gate evaluates {@code crm:contacts/7}:
 * a deny on that name must not be dodged by spelling the id differently.
 */
public final class PathId {
    /** The name of the path parameter every item route uses. */
    public static final String NAME = "id";

    private PathId() {}

    public static long parse(String raw) {
        if (raw == null || raw.isEmpty() || raw.length() > 19 || !raw.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw notFound();
        }
        try {
            long id = Long.parseLong(raw);
            if (id < 1) {
                throw notFound();
            }
            return id;
        } catch (NumberFormatException tooLarge) {
            throw notFound();
        }
    }

    private static NotFound notFound() {
        return new NotFound("Nothing exists at this address.");
    }
}
