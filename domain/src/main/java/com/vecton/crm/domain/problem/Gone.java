package com.vecton.crm.domain.problem;

/**
 * What the client holds refers to something that no longer exists here and will not come back
 * (410): a sync cursor older than the tombstones are kept ({@code sync_cursor_expired}).
 */
public final class Gone extends Problem {
    public Gone(String code, String detail) {
        super(code, detail);
    }
}
