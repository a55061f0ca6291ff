package com.vecton.crm.domain.testing;

import com.vecton.crm.domain.folder.DocumentFolderId;
import com.vecton.crm.domain.folder.FolderDetails;
import java.util.Optional;

/** Test data: valid {@link FolderDetails} (a top-level folder), changed only where a test cares. */
public final class FolderDetailsBuilder {
    private String name = "Verträge";
    private DocumentFolderId parent;

    private FolderDetailsBuilder() {}

    public static FolderDetailsBuilder aFolder() {
        return new FolderDetailsBuilder();
    }

    public FolderDetailsBuilder named(String name) {
        this.name = name;
        return this;
    }

    /** Inside this folder; without it, a top-level folder. */
    public FolderDetailsBuilder in(DocumentFolderId parent) {
        this.parent = parent;
        return this;
    }

    public FolderDetails build() {
        return new FolderDetails(name, Optional.ofNullable(parent));
    }
}
