package com.vecton.crm.domain.testing;

import com.vecton.crm.domain.document.DocumentDetails;
import com.vecton.crm.domain.folder.DocumentFolderId;
import java.util.List;

/** Test data: valid {@link DocumentDetails} in a given folder, changed only where a test cares. */
public final class DocumentDetailsBuilder {
    private String title = "Rahmenvertrag 2027";
    private final DocumentFolderId folder;
    private String description;
    private List<String> tags = List.of();

    private DocumentDetailsBuilder(DocumentFolderId folder) {
        this.folder = folder;
    }

    /** A document in {@code folder} (a document has one; the store needs it to be a stored folder). */
    public static DocumentDetailsBuilder aDocument(DocumentFolderId folder) {
        return new DocumentDetailsBuilder(folder);
    }

    public DocumentDetailsBuilder titled(String title) {
        this.title = title;
        return this;
    }

    public DocumentDetailsBuilder describedAs(String description) {
        this.description = description;
        return this;
    }

    public DocumentDetailsBuilder taggedWith(String... tags) {
        this.tags = List.of(tags);
        return this;
    }

    public DocumentDetails build() {
        return new DocumentDetails(title, folder, description, tags);
    }
}
