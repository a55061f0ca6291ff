package com.vecton.crm.application.service.media;

import com.vecton.crm.application.port.out.BlobStore;
import com.vecton.crm.application.port.out.ContentInspector;
import com.vecton.crm.application.port.out.MediaRepository;
import com.vecton.crm.application.service.file.StoreBlobs;
import com.vecton.crm.application.service.lifecycle.RecordType;
import com.vecton.crm.application.service.lifecycle.UseCaseKit;
import com.vecton.crm.application.service.lifecycle.VisibleRecords;
import com.vecton.crm.domain.access.Permission;
import com.vecton.crm.domain.media.MediaId;
import com.vecton.crm.domain.media.MediaItem;

/**
 * What every media use case needs from the outside; one value so wiring stays short.
 *
 * @param maxPixels the largest image accepted, in pixels (width × height as the header states)
 */
public record MediaServices(
        MediaRepository media, StoreBlobs blobs, ContentInspector inspector, long maxPixels, UseCaseKit kit) {
    /** The subject type of media items in the audit trail. */
    public static final String SUBJECT = "media";

    /** What a list of media needs on each item: the list permission, as opening one does. */
    public static final Permission LIST = new Permission("media.list");

    /** The default pixel limit: 50 megapixels. */
    public static final long DEFAULT_MAX_PIXELS = 50_000_000L;

    public MediaServices {
        if (media == null || blobs == null || inspector == null || kit == null || maxPixels < 1) {
            throw new IllegalArgumentException("media services have a store, blobs, an inspector, a limit and the kit");
        }
    }

    /** Media items as the lifecycle use cases see them: deleted for good. */
    public RecordType<MediaId, MediaItem> type() {
        return RecordType.of(SUBJECT, media, kit::admit);
    }

    public BlobStore store() {
        return blobs.store();
    }

    /** Which items a list may show: those the requester could open. */
    public VisibleRecords visible() {
        return kit.visible(MediaItem.RESOURCE_TYPE, LIST, MediaItem.FILTERABLE);
    }
}
