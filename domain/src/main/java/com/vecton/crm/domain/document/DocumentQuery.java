package com.vecton.crm.domain.document;

import com.vecton.crm.domain.folder.DocumentFolderId;
import com.vecton.crm.domain.search.SearchText;
import java.util.Optional;

/**
 * Which documents a list shows: searched on title, description and the versions' original file
 * names; in one folder (and with {@code includeSubfolders} below it), of one type, with one tag.
 */
public record DocumentQuery(
        Optional<SearchText> search,
        Optional<DocumentFolderId> folder,
        boolean includeSubfolders,
        Optional<String> mimeType,
        Optional<String> tag) {
    public DocumentQuery {
        if (search == null || folder == null || mimeType == null || tag == null) {
            throw new IllegalArgumentException("a document query has its optional filters");
        }
    }
}
