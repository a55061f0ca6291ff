package com.vecton.crm.application.service.media;

import com.vecton.crm.application.port.in.media.DownloadMediaUseCase;
import com.vecton.crm.domain.access.Requester;
import com.vecton.crm.domain.media.MediaId;

/** A media item the requester may open, with its content to stream. */
public final class DownloadMediaService implements DownloadMediaUseCase {
    private final MediaServices s;

    public DownloadMediaService(MediaServices services) {
        this.s = services;
    }

    @Override
    public Download download(Requester who, MediaId id) {
        var item = s.type().findLive(id);
        s.type().admit(who, item);
        var hash = item.content();
        return new Download(item, (offset, length) -> s.store().open(hash, offset, length));
    }
}
