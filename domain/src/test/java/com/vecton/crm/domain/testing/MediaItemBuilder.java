package com.vecton.crm.domain.testing;

import com.vecton.crm.domain.access.UserId;
import com.vecton.crm.domain.file.ContentHash;
import com.vecton.crm.domain.media.ImageSize;
import com.vecton.crm.domain.media.MediaId;
import com.vecton.crm.domain.media.MediaItem;
import com.vecton.crm.domain.media.MediaKind;
import java.time.Instant;
import java.util.Optional;

/**
 * Test data: a valid new {@link MediaItem} (a media item has no details of its own, so this holds
 * what {@link MediaItem#create} takes besides the id, creator and time), changed only where a test
 * cares. By default a 640 × 480 PNG whose stored id is made from the item's id, so that items built
 * for different ids never share a stored name.
 */
public final class MediaItemBuilder {
    /** The default content's hash (a store needs a {@code file_blobs} row of it). */
    public static final ContentHash CONTENT =
            new ContentHash("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08");
    /** The default content's size. */
    public static final long SIZE = 2048;

    private ContentHash content = CONTENT;
    private long size = SIZE;
    private MediaKind kind = MediaKind.PNG;
    private String storedId;
    private String originalName = "logo.png";
    private ImageSize dimensions = new ImageSize(640, 480);

    private MediaItemBuilder() {}

    public static MediaItemBuilder aMediaItem() {
        return new MediaItemBuilder();
    }

    public MediaItemBuilder withContent(ContentHash content, long size) {
        this.content = content;
        this.size = size;
        return this;
    }

    /** An image of this kind and size. */
    public MediaItemBuilder anImage(MediaKind kind, long width, long height) {
        this.kind = kind;
        this.dimensions = new ImageSize(width, height);
        return this;
    }

    /** A PDF, which has no dimensions. */
    public MediaItemBuilder aPdf() {
        this.kind = MediaKind.PDF;
        this.dimensions = null;
        this.originalName = "scan.pdf";
        return this;
    }

    public MediaItemBuilder storedAs(String storedId) {
        this.storedId = storedId;
        return this;
    }

    public MediaItemBuilder named(String originalName) {
        this.originalName = originalName;
        return this;
    }

    public MediaItem build(MediaId id, UserId createdBy, Instant now) {
        var stored = storedId != null ? storedId : String.format("item%08d", id.value());
        return MediaItem.create(
                id, content, size, kind, stored, originalName, Optional.ofNullable(dimensions), createdBy, now);
    }
}
