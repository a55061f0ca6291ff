package com.vecton.crm.application.port.in.media;

import com.vecton.crm.application.port.in.file.StoredContent;
import com.vecton.crm.domain.access.Requester;
import com.vecton.crm.domain.media.MediaId;
import com.vecton.crm.domain.media.MediaItem;

/** A media item with its content, for the caller to stream. */
public interface DownloadMediaUseCase {

    Download download(Requester who, MediaId id);

    /** The item as checked, and its content to open (whole or a range). */
    record Download(MediaItem item, StoredContent content) {}
}
