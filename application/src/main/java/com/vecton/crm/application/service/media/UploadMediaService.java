package com.vecton.crm.application.service.media;

import com.vecton.crm.application.port.in.media.UploadMediaUseCase;
import com.vecton.crm.domain.audit.Actor;
import com.vecton.crm.domain.audit.AuditEvent;
import com.vecton.crm.domain.audit.Changes;
import com.vecton.crm.domain.file.FileNames;
import com.vecton.crm.domain.media.MediaItem;
import com.vecton.crm.domain.media.MediaKind;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.UUID;

/**
 * Streams an upload into the file store, decides by its content whether it may stay, and keeps it:
 * the content published under its lock and the item with its audit row in one transaction. What is
 * refused (by kind, by size, by the client's stream breaking) is dropped before any row is written.
 */
public final class UploadMediaService implements UploadMediaUseCase {
    private final MediaServices s;

    public UploadMediaService(MediaServices services) {
        this.s = services;
    }

    @Override
    public MediaItem upload(Actor actor, String clientName, InputStream content) {
        var staged = s.store().stage(content);
        try {
            ContentInspection facts = inspect(staged);
            var kind = MediaKind.require(facts.mediaType());
            kind.requireWithin(facts.imageSize(), s.maxPixels());
            String originalName = FileNames.cleanOriginal(clientName);
            return s.kit().transactions().inTransaction(() -> {
                s.blobs().keep(staged);
                var now = s.kit().clock().now();
                var id = s.media().nextId();
                var item = MediaItem.create(
                        id,
                        staged.hash(),
                        staged.size(),
                        kind,
                        UUID.randomUUID().toString().replace("-", ""),
                        originalName,
                        facts.imageSize(),
                        actor.userId(),
                        now);
                s.media().save(item);
                s.kit()
                        .audit()
                        .record(
                                actor,
                                MediaServices.SUBJECT,
                                id,
                                AuditEvent.CREATED,
                                Changes.created(item.asFields()),
                                now);
                return item;
            });
        } catch (RuntimeException e) {
            s.blobs().undo(staged, e);
            throw e;
        }
    }

    private ContentInspection inspect(com.vecton.crm.application.port.out.BlobStore.StagedBlob staged) {
        try (InputStream head = s.store().openStaged(staged)) {
            var inspection = s.inspector().inspect(head);
            return new ContentInspection(inspection.mediaType(), inspection.imageSize());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record ContentInspection(
            String mediaType, java.util.Optional<com.vecton.crm.domain.media.ImageSize> imageSize) {}
}
