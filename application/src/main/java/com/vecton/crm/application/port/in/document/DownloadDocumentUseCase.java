package com.vecton.crm.application.port.in.document;

import com.vecton.crm.application.port.in.file.StoredContent;
import com.vecton.crm.domain.access.Requester;
import com.vecton.crm.domain.document.Document;
import com.vecton.crm.domain.document.DocumentId;
import com.vecton.crm.domain.document.DocumentVersion;
import java.util.Optional;

/** A version of a document (the current one when no number is given) with its content to stream. */
public interface DownloadDocumentUseCase {

    Download download(Requester who, DocumentId id, Optional<Integer> number);

    record Download(Document document, DocumentVersion version, StoredContent content) {}
}
