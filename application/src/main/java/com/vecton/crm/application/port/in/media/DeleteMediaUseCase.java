package com.vecton.crm.application.port.in.media;

import com.vecton.crm.domain.access.Requester;
import com.vecton.crm.domain.media.MediaId;

/** Deletes a media item for good; its content goes with the next blob cleanup when nothing else refers to it. */
public interface DeleteMediaUseCase {

    void delete(Requester who, MediaId id);
}
