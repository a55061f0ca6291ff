package com.vecton.crm.domain.document;

import com.vecton.crm.domain.access.UserId;
import com.vecton.crm.domain.file.ContentHash;
import java.time.Instant;
import java.util.Optional;

/**
 * One version of a document's file: its number (from 1, never reused), its content (by hash), size,
 * the type its content was found to be, the client's cleaned file name, who uploaded it and when.
 */
public record DocumentVersion(
        int number,
        ContentHash content,
        long size,
        String mimeType,
        String originalName,
        UserId uploadedBy,
        Instant createdAt) {
    public DocumentVersion {
        if (number < 1
                || content == null
                || size < 0
                || mimeType == null
                || originalName == null
                || createdAt == null) {
            throw new IllegalArgumentException("a version has a number, content, a type, a name and a time");
        }
    }

    public Optional<UserId> uploader() {
        return Optional.ofNullable(uploadedBy);
    }
}
