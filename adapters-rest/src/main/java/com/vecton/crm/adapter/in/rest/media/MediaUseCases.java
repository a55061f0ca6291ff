package com.vecton.crm.adapter.in.rest.media;

import com.vecton.crm.application.port.in.lifecycle.ListRecordsUseCase;
import com.vecton.crm.application.port.in.lifecycle.ShowRecordUseCase;
import com.vecton.crm.application.port.in.media.DeleteMediaUseCase;
import com.vecton.crm.application.port.in.media.DownloadMediaUseCase;
import com.vecton.crm.application.port.in.media.UploadMediaUseCase;
import com.vecton.crm.domain.media.MediaId;
import com.vecton.crm.domain.media.MediaItem;
import com.vecton.crm.domain.media.MediaQuery;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The in-ports the media routes drive, as one part of {@code RestUseCases}, and the upload limit.
 *
 * @param maxBytes the largest upload ({@code MEDIA_MAX_BYTES}); past it the upload is cut off with {@code 413}
 */
public record MediaUseCases(
        UploadMediaUseCase upload,
        ShowRecordUseCase<MediaId, MediaItem> show,
        ListRecordsUseCase<MediaQuery, MediaItem> list,
        DownloadMediaUseCase download,
        DeleteMediaUseCase delete,
        long maxBytes) {
    /** The default upload limit: 25 MiB. */
    public static final long DEFAULT_MAX_BYTES = 25L * 1024 * 1024;

    public MediaUseCases {
        if (Stream.of(upload, show, list, download, delete).anyMatch(Objects::isNull) || maxBytes < 1) {
            throw new IllegalArgumentException("every media use case of the HTTP API is wired, with a limit");
        }
    }

    /** The media routes. */
    public MediaResource resource() {
        return new MediaResource(this);
    }
}
