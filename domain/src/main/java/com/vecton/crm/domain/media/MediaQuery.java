package com.vecton.crm.domain.media;

import java.util.Optional;

/** Which media items a list shows: all, or those of one kind; newest first. */
public record MediaQuery(Optional<MediaKind> kind) {
    public MediaQuery {
        if (kind == null) {
            throw new IllegalArgumentException("a media query has an optional kind");
        }
    }
}
