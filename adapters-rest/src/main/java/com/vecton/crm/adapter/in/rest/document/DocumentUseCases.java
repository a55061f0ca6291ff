package com.vecton.crm.adapter.in.rest.document;

import com.vecton.crm.application.port.in.document.AddDocumentVersionUseCase;
import com.vecton.crm.application.port.in.document.CreateDocumentUseCase;
import com.vecton.crm.application.port.in.document.DeleteDocumentVersionUseCase;
import com.vecton.crm.application.port.in.document.DownloadDocumentUseCase;
import com.vecton.crm.application.port.in.document.EditDocumentUseCase;
import com.vecton.crm.application.port.in.document.ListDocumentVersionsUseCase;
import com.vecton.crm.application.port.in.document.RestoreDocumentVersionUseCase;
import com.vecton.crm.application.port.in.lifecycle.DeleteRecordUseCase;
import com.vecton.crm.application.port.in.lifecycle.ListRecordsUseCase;
import com.vecton.crm.application.port.in.lifecycle.RestoreRecordUseCase;
import com.vecton.crm.application.port.in.lifecycle.ShowRecordUseCase;
import com.vecton.crm.domain.document.Document;
import com.vecton.crm.domain.document.DocumentId;
import com.vecton.crm.domain.document.DocumentQuery;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The in-ports the document routes drive, as one part of {@code RestUseCases}.
 *
 * @param maxUploadBytes the chain limit: one upload larger than it is cut off with {@code 413}
 */
public record DocumentUseCases(
        CreateDocumentUseCase create,
        EditDocumentUseCase edit,
        DeleteRecordUseCase<DocumentId> delete,
        RestoreRecordUseCase<DocumentId, Document> restore,
        ShowRecordUseCase<DocumentId, Document> show,
        ListRecordsUseCase<DocumentQuery, Document> list,
        AddDocumentVersionUseCase addVersion,
        ListDocumentVersionsUseCase versions,
        DownloadDocumentUseCase download,
        RestoreDocumentVersionUseCase restoreVersion,
        DeleteDocumentVersionUseCase deleteVersion,
        long maxUploadBytes) {
    public DocumentUseCases {
        if (Stream.of(
                                create,
                                edit,
                                delete,
                                restore,
                                show,
                                list,
                                addVersion,
                                versions,
                                download,
                                restoreVersion,
                                deleteVersion)
                        .anyMatch(Objects::isNull)
                || maxUploadBytes < 1) {
            throw new IllegalArgumentException("every document use case of the HTTP API is wired, with a limit");
        }
    }

    public DocumentResource resource() {
        return new DocumentResource(this);
    }
}
