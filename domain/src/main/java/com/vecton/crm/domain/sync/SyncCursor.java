package com.vecton.crm.domain.sync;

import com.vecton.crm.domain.problem.Gone;
import com.vecton.crm.domain.problem.ValidationFailed;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

/**
 * What a client of a changes feed holds between two calls: where it stands in the feed
 * ({@link ChangePosition}) and since when that place is vouched for ({@code issuedAt}). Clients
 * treat it as opaque; it is the base64url (no padding) of {@code v1.<xid>.<id>.<issued-at epoch
 * seconds>}, written down here so that tests, and operators, can read one.
 *
 * <p>Why it expires. Records deleted for good leave a tombstone that is kept {@link #LIFETIME} and
 * a day more ({@code ForgetOldTombstonesService}); a cursor older than that could have missed a
 * tombstone that is gone, and its client would keep a deleted record for ever. So a cursor issued
 * more than {@link #LIFETIME} ago is refused ({@code 410 sync_cursor_expired}) and the client starts
 * over. {@code issuedAt} is the time since which every deletion the client still has to learn of
 * happened (see {@link ChangePage#after}), which is the time of the call that gave it out only once
 * the client has caught up.
 */
public record SyncCursor(ChangePosition position, Instant issuedAt) {
    /** How long a cursor stays good; tombstones are kept longer. */
    public static final Duration LIFETIME = Duration.ofDays(30);

    /** The code of the 410. */
    public static final String EXPIRED = "sync_cursor_expired";

    private static final String VERSION = "v1";
    private static final String FIELD = "cursor";
    /** Far more than any cursor this feed writes (about 70 characters); a longer one is not read. */
    private static final int MAX_LENGTH = 200;

    private static final String NUMBER = "0|[1-9][0-9]{0,18}";

    public SyncCursor {
        if (position == null || issuedAt == null || issuedAt.getEpochSecond() < 0) {
            throw new IllegalArgumentException("a cursor has a position and a time after 1970");
        }
        issuedAt = Instant.ofEpochSecond(issuedAt.getEpochSecond());
    }

    /** The cursor as clients get it. */
    public String encode() {
        String plain = VERSION + "." + position.xid() + "." + position.id() + "." + issuedAt.getEpochSecond();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.US_ASCII));
    }

    /**
     * A cursor as a client sent it back.
     *
     * @throws ValidationFailed naming {@code cursor} when it is not one this feed writes
     */
    public static SyncCursor parse(String raw) {
        if (raw == null || raw.length() > MAX_LENGTH || !raw.matches("[A-Za-z0-9_-]+")) {
            throw unreadable();
        }
        String plain;
        try {
            plain = new String(Base64.getUrlDecoder().decode(raw), StandardCharsets.US_ASCII);
        } catch (IllegalArgumentException notBase64) {
            throw unreadable();
        }
        String[] parts = plain.split("\\.", -1);
        if (parts.length != 4 || !VERSION.equals(parts[0])) {
            throw unreadable();
        }
        for (int i = 1; i < parts.length; i++) {
            if (!parts[i].matches(NUMBER)) {
                throw unreadable();
            }
        }
        try {
            return new SyncCursor(
                    new ChangePosition(Long.parseLong(parts[1]), Long.parseLong(parts[2])),
                    Instant.ofEpochSecond(Long.parseLong(parts[3])));
        } catch (RuntimeException outOfRange) {
            // A number beyond a long, or a time beyond Instant's years.
            throw unreadable();
        }
    }

    /** Whether the cursor is older than {@link #LIFETIME} at {@code now}. */
    public boolean isExpiredAt(Instant now) {
        return issuedAt.plus(LIFETIME).isBefore(now);
    }

    /** What a client is told whose cursor expired. */
    public Gone expired() {
        return new Gone(
                EXPIRED,
                "This cursor is older than " + LIFETIME.toDays()
                        + " days, and deletions it has not seen may be forgotten; sync again from the start,"
                        + " without a cursor.");
    }

    private static ValidationFailed unreadable() {
        return ValidationFailed.of(FIELD, "must be a next_cursor this feed gave out");
    }
}
