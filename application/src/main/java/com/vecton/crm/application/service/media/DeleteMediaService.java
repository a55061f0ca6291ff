package com.vecton.crm.application.service.media;

import com.vecton.crm.application.port.in.media.DeleteMediaUseCase;
import com.vecton.crm.domain.access.Requester;
import com.vecton.crm.domain.audit.AuditEvent;
import com.vecton.crm.domain.audit.Changes;
import com.vecton.crm.domain.audit.FieldChange;
import com.vecton.crm.domain.media.MediaId;
import java.util.LinkedHashMap;

/** Deletes a media item for good under its row lock, with its audit row; its content stays for the cleanup. */
public final class DeleteMediaService implements DeleteMediaUseCase {
    private final MediaServices s;

    public DeleteMediaService(MediaServices services) {
        this.s = services;
    }

    @Override
    public void delete(Requester who, MediaId id) {
        s.kit().transactions().inTransaction(() -> {
            var current = s.type().lockLive(who, id);
            var removed = new LinkedHashMap<String, FieldChange>();
            current.asFields().forEach((field, value) -> removed.put(field, new FieldChange(value, null)));
            s.media().delete(id);
            s.kit()
                    .audit()
                    .record(
                            who.actor(),
                            MediaServices.SUBJECT,
                            id,
                            AuditEvent.DELETED,
                            new Changes(removed),
                            s.kit().clock().now());
        });
    }
}
