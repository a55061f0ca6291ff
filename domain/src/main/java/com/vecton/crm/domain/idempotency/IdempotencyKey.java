package com.vecton.crm.domain.idempotency;

/**
 * The value of an {@code Idempotency-Key} header as the client sent it: 1 to {@value #MAX_LENGTH}
 * printable ASCII characters (space to tilde). Compared as sent, so a key the IETF draft's way
 * ({@code "8e03978e"}, quotes included) and Stripe's way ({@code 8e03978e}) are two keys; a client
 * sends its key the same way on every retry, which is all that matters. The syntax keeps a key
 * safe to store, to log and to hash, whatever a client puts there.
 */
public record IdempotencyKey(String value) {
    /** The draft leaves the length open; Stripe allows 255, and a UUID needs 36. */
    public static final int MAX_LENGTH = 255;

    /** @throws IllegalArgumentException (never quoting the value) unless {@link #isWellFormed} */
    public IdempotencyKey {
        if (!isWellFormed(value)) {
            throw new IllegalArgumentException(
                    "an idempotency key is 1 to " + MAX_LENGTH + " printable ASCII characters");
        }
    }

    public static boolean isWellFormed(String value) {
        if (value == null || value.isEmpty() || value.length() > MAX_LENGTH) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < ' ' || c > '~') {
                return false;
            }
        }
        return true;
    }
}
