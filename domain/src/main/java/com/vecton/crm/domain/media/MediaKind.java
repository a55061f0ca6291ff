package com.vecton.crm.domain.media;

import com.vecton.crm.domain.problem.RuleViolated;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The kinds of content a media upload may hold, decided by the content alone (never by the name
 * or the declared type): each with the media type it is served as and the extension of its stored
 * name. Anything else is {@code 422 media_type_not_allowed}, naming the type that was detected.
 */
public enum MediaKind {
    JPEG("image/jpeg", "jpg", true),
    PNG("image/png", "png", true),
    GIF("image/gif", "gif", true),
    WEBP("image/webp", "webp", true),
    AVIF("image/avif", "avif", true),
    PDF("application/pdf", "pdf", false);

    /** The stable error code of content that is none of these kinds. */
    public static final String NOT_ALLOWED = "media_type_not_allowed";
    /** The stable error code of an image with more pixels than allowed (a decompression bomb, say). */
    public static final String TOO_MANY_PIXELS = "image_too_large";
    /** The stable error code of an image whose header does not say its size (truncated, broken). */
    public static final String UNREADABLE_IMAGE = "image_unreadable";

    private final String mediaType;
    private final String extension;
    private final boolean image;

    MediaKind(String mediaType, String extension, boolean image) {
        this.mediaType = mediaType;
        this.extension = extension;
        this.image = image;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    public boolean isImage() {
        return image;
    }

    /** The kind of this detected media type, if it is one. */
    public static Optional<MediaKind> of(String detected) {
        return Arrays.stream(values()).filter(k -> k.mediaType.equals(detected)).findFirst();
    }

    /** The kind of this detected media type; {@code 422 media_type_not_allowed} naming it when it is none. */
    public static MediaKind require(String detected) {
        return of(detected)
                .orElseThrow(() -> new RuleViolated(
                        NOT_ALLOWED,
                        "The file's content is " + (detected == null ? "unknown" : detected) + ", which is not allowed;"
                                + " allowed are " + allowed() + "."));
    }

    /** Refuses an image larger than {@code maxPixels}, or one whose size its header does not tell. */
    public void requireWithin(Optional<ImageSize> size, long maxPixels) {
        if (!image) {
            return;
        }
        var known = size.orElseThrow(() -> new RuleViolated(
                UNREADABLE_IMAGE,
                "The " + name() + " image's header does not say its size; the file is broken or truncated."));
        if (known.pixels() > maxPixels) {
            throw new RuleViolated(
                    TOO_MANY_PIXELS,
                    "The image has " + known.width() + " × " + known.height() + " = " + known.pixels()
                            + " pixels; at most " + maxPixels + " are allowed.");
        }
    }

    private static String allowed() {
        return Arrays.stream(values()).map(MediaKind::mediaType).collect(Collectors.joining(", "));
    }
}
