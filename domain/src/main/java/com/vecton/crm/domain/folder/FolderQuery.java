package com.vecton.crm.domain.folder;

import com.vecton.crm.domain.search.SearchText;
import java.util.Optional;

/**
 * Which folders a list shows: all live ones, or the children of one folder ({@code parent}), or
 * the top level ({@code topLevel}); optionally those whose name contains the search. By name.
 */
public record FolderQuery(Optional<SearchText> search, Optional<DocumentFolderId> parent, boolean topLevel) {
    public FolderQuery {
        if (search == null || parent == null || (topLevel && parent.isPresent())) {
            throw new IllegalArgumentException("a folder query lists one level at most");
        }
    }
}
