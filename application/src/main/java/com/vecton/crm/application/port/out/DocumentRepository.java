package com.vecton.crm.application.port.out;

import com.vecton.crm.domain.access.Visibility;
import com.vecton.crm.domain.document.Document;
import com.vecton.crm.domain.document.DocumentId;
import com.vecton.crm.domain.document.DocumentQuery;
import com.vecton.crm.domain.document.DocumentVersion;
import com.vecton.crm.domain.listing.Page;
import com.vecton.crm.domain.listing.PageRequest;
import java.util.List;
import java.util.Optional;

/**
 * Where documents and their versions are kept. {@link #save} writes the document with its current
 * version's summary and its chain size; versions are added and removed by their own methods, in the
 * transaction that saves the document under its row lock.
 */
public interface DocumentRepository extends RecordStore<DocumentId, Document> {

    /** Adds a version; numbers are unique per document (a unique key backs the row lock). */
    void addVersion(DocumentId document, DocumentVersion version);

    /** The document's versions, oldest first. */
    List<DocumentVersion> versions(DocumentId document);

    Optional<DocumentVersion> version(DocumentId document, int number);

    /** Removes a version for good; its content is left for the blob cleanup. */
    void deleteVersion(DocumentId document, int number);

    /**
     * One page of the live documents matching the query that the caller may see, newest first. The
     * visibility may test the attributes of {@link Document#FILTERABLE} and {@link Visibility#ID}.
     */
    Page<Document> search(DocumentQuery query, Visibility visible, PageRequest page);
}
