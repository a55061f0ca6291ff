package com.vecton.crm.application.port.in.media;

import com.vecton.crm.domain.audit.Actor;
import com.vecton.crm.domain.media.MediaItem;
import java.io.InputStream;

/** Stores an uploaded image or PDF, allowed by its content alone. */
public interface UploadMediaUseCase {

    /**
     * Streams {@code content} into the file store and keeps it as a media item when its content is an
     * allowed kind ({@code 422 media_type_not_allowed} naming the detected type otherwise, and for
     * images {@code 422 image_too_large} over the pixel limit, {@code 422 image_unreadable} when the
     * header states no size). A refused upload leaves nothing behind.
     *
     * @param clientName the name the client sent, kept only as a cleaned label
     */
    MediaItem upload(Actor actor, String clientName, InputStream content);
}
