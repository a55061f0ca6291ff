package com.vecton.crm.application.service.document;

import com.vecton.crm.application.port.out.BlobStore;
import com.vecton.crm.application.port.out.BlobStore.StagedBlob;
import com.vecton.crm.application.port.out.ContentInspector;
import com.vecton.crm.application.port.out.DocumentRepository;
import com.vecton.crm.application.port.out.FolderRepository;
import com.vecton.crm.application.service.file.StoreBlobs;
import com.vecton.crm.application.service.lifecycle.RecordType;
import com.vecton.crm.application.service.lifecycle.RecordWrites;
import com.vecton.crm.application.service.lifecycle.UseCaseKit;
import com.vecton.crm.application.service.lifecycle.VisibleRecords;
import com.vecton.crm.domain.access.Permission;
import com.vecton.crm.domain.access.Requester;
import com.vecton.crm.domain.access.ResourceName;
import com.vecton.crm.domain.document.ChainLimit;
import com.vecton.crm.domain.document.Document;
import com.vecton.crm.domain.document.DocumentId;
import com.vecton.crm.domain.folder.DocumentFolder;
import com.vecton.crm.domain.folder.DocumentFolderId;
import com.vecton.crm.domain.problem.Forbidden;
import com.vecton.crm.domain.problem.ValidationFailed;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * What every document use case needs from the outside; one value so wiring stays short. Lock order,
 * as for folders: the tree lock (shared: a document never changes the tree's shape) first, then the
 * document's row.
 */
public record DocumentServices(
        DocumentRepository documents,
        FolderRepository folders,
        StoreBlobs blobs,
        ContentInspector inspector,
        ChainLimit chainLimit,
        UseCaseKit kit) {
    public static final String SUBJECT = "document";
    public static final Permission VIEW = new Permission("documents.view");
    public static final Permission UPDATE = new Permission("documents.update");

    public RecordType<DocumentId, Document> type() {
        return RecordType.softDeleted(SUBJECT, documents, kit::admit, Document::delete, (document, now) -> {
            requireLiveFolder(document.details().folderId());
            return document.undelete(now);
        });
    }

    public RecordWrites<DocumentId, Document> writes() {
        return new RecordWrites<>(type(), kit, Document::asFields);
    }

    public VisibleRecords visible() {
        return kit.visible(Document.RESOURCE_TYPE, VIEW, Document.FILTERABLE);
    }

    public BlobStore store() {
        return blobs.store();
    }

    /** The live folder, held against a delete until the transaction ends; {@code 422} on {@code folder_id} if it is none. */
    DocumentFolder requireLiveFolder(DocumentFolderId id) {
        if (!folders.holdLive(id)) {
            throw ValidationFailed.of("folder_id", "must be a live folder");
        }
        return folders.findById(id).orElseThrow(() -> ValidationFailed.of("folder_id", "must be a live folder"));
    }

    /**
     * Refuses a move unless the requester holds {@code documents.update} on {@code crm:document_folders/{id}}
     * of this folder; the refusal names the folder and whether it is the source or the target.
     */
    void requireUpdateOn(Requester who, DocumentFolder folder, String role) {
        try {
            kit.access()
                    .authorize(
                            who.asking(UPDATE),
                            ResourceName.item(
                                    DocumentFolder.RESOURCE_TYPE, folder.id().value()),
                            folder.attributes());
        } catch (Forbidden refused) {
            throw new Forbidden(
                    refused.code(),
                    "Moving a document needs documents.update on the " + role + " folder " + folder.id()
                            + " (crm:document_folders/" + folder.id() + "): " + refused.detail());
        }
    }

    /** What the content of a staged upload is, by its bytes. */
    String detectedType(StagedBlob staged) {
        try (InputStream head = store().openStaged(staged)) {
            return inspector.inspect(head).mediaType();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
