package com.vecton.crm.domain.media;

import com.vecton.crm.domain.access.PolicyResource;
import com.vecton.crm.domain.access.ResourceAttributes;
import com.vecton.crm.domain.access.ResourceName;
import com.vecton.crm.domain.access.UserId;
import com.vecton.crm.domain.file.ContentHash;
import com.vecton.crm.domain.lifecycle.Lifecycle;
import com.vecton.crm.domain.lifecycle.VersionedRecord;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An uploaded image or PDF: its content (by hash, stored once however often it is uploaded), the
 * kind its content was found to be, the name it is stored and served under (a random id and the
 * kind's extension: the client's name is only a label), and for images the size their header
 * states. Never changed once made, so its version is always the first; deleted for good.
 */
public final class MediaItem implements PolicyResource, VersionedRecord {
    /** The type of media items in resource names, {@code crm:media/{id}}. */
    public static final String RESOURCE_TYPE = "media";

    /** The attributes a list of media can be filtered on in the store: all of them. */
    public static final Set<String> FILTERABLE = Set.of("created_by");

    private final MediaId id;
    private final ContentHash content;
    private final long size;
    private final MediaKind kind;
    private final String storedName;
    private final String originalName;
    private final Optional<ImageSize> dimensions;
    private final UserId createdBy;
    private final Instant createdAt;

    private MediaItem(
            MediaId id,
            ContentHash content,
            long size,
            MediaKind kind,
            String storedName,
            String originalName,
            Optional<ImageSize> dimensions,
            UserId createdBy,
            Instant createdAt) {
        if (id == null
                || content == null
                || kind == null
                || storedName == null
                || originalName == null
                || dimensions == null
                || createdAt == null
                || size < 0) {
            throw new IllegalArgumentException("a media item has an id, content, a kind, names and a time");
        }
        this.id = id;
        this.content = content;
        this.size = size;
        this.kind = kind;
        this.storedName = storedName;
        this.originalName = originalName;
        this.dimensions = dimensions;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    /** A new item; its stored name is {@code storedId} with the kind's extension. */
    public static MediaItem create(
            MediaId id,
            ContentHash content,
            long size,
            MediaKind kind,
            String storedId,
            String originalName,
            Optional<ImageSize> dimensions,
            UserId createdBy,
            Instant now) {
        if (storedId == null || !storedId.matches("[a-z0-9]{8,64}")) {
            throw new IllegalArgumentException("a stored id is 8-64 lower-case letters and digits");
        }
        return new MediaItem(
                id, content, size, kind, storedId + "." + kind.extension(), originalName, dimensions, createdBy, now);
    }

    public static MediaItem restore(
            MediaId id,
            ContentHash content,
            long size,
            MediaKind kind,
            String storedName,
            String originalName,
            Optional<ImageSize> dimensions,
            UserId createdBy,
            Instant createdAt) {
        return new MediaItem(id, content, size, kind, storedName, originalName, dimensions, createdBy, createdAt);
    }

    public MediaId id() {
        return id;
    }

    public ContentHash content() {
        return content;
    }

    public long size() {
        return size;
    }

    public MediaKind kind() {
        return kind;
    }

    public String storedName() {
        return storedName;
    }

    public String originalName() {
        return originalName;
    }

    public Optional<ImageSize> dimensions() {
        return dimensions;
    }

    public Optional<UserId> createdBy() {
        return Optional.ofNullable(createdBy);
    }

    public Instant createdAt() {
        return createdAt;
    }

    @Override
    public long version() {
        return Lifecycle.FIRST_VERSION;
    }

    @Override
    public ResourceName resourceName() {
        return ResourceName.item(RESOURCE_TYPE, id.value());
    }

    @Override
    public ResourceAttributes attributes() {
        var values = new HashMap<String, Object>();
        createdBy().ifPresent(user -> values.put("created_by", user.value()));
        return new ResourceAttributes(values);
    }

    /** The fields by API name, for the audit trail. */
    public Map<String, Object> asFields() {
        var fields = new LinkedHashMap<String, Object>();
        fields.put("sha256", content.hex());
        fields.put("size", size);
        fields.put("mime_type", kind.mediaType());
        fields.put("stored_name", storedName);
        fields.put("original_name", originalName);
        dimensions.ifPresent(d -> {
            fields.put("width", d.width());
            fields.put("height", d.height());
        });
        return fields;
    }
}
