package com.vecton.crm.application.service.document;

import com.vecton.crm.application.port.in.document.CreateDocumentUseCase;
import com.vecton.crm.domain.audit.Actor;
import com.vecton.crm.domain.document.Document;
import com.vecton.crm.domain.document.DocumentDetails;
import com.vecton.crm.domain.document.DocumentVersion;
import com.vecton.crm.domain.file.FileNames;
import java.io.InputStream;

/**
 * Creates a document with version 1: the file is streamed into the file store first, then the
 * document, its version and its audit row are written in one transaction with the content published
 * under its lock, in a folder held live (and the tree lock held shared, so a recursive delete of the
 * folder either sees the document or runs after it).
 */
public final class CreateDocumentService implements CreateDocumentUseCase {
    private final DocumentServices s;

    public CreateDocumentService(DocumentServices services) {
        this.s = services;
    }

    @Override
    public Document create(Actor actor, DocumentDetails details, String clientName, InputStream content) {
        var staged = s.store().stage(content);
        try {
            s.chainLimit().requireRoom(0, staged.size());
            String type = s.detectedType(staged);
            String name = FileNames.cleanOriginal(clientName);
            return s.writes()
                    .create(
                            actor,
                            () -> {
                                s.folders().lockTree(false);
                                s.requireLiveFolder(details.folderId());
                            },
                            (id, now) -> {
                                s.blobs().keep(staged);
                                var first = new DocumentVersion(
                                        1, staged.hash(), staged.size(), type, name, actor.userId(), now);
                                var document = Document.create(id, details, first, actor.userId(), now);
                                s.documents().save(document);
                                s.documents().addVersion(id, first);
                                return document;
                            });
        } catch (RuntimeException e) {
            s.blobs().undo(staged, e);
            throw e;
        }
    }
}
