package com.vecton.crm.application.port.out;

import com.vecton.crm.domain.media.ImageSize;
import java.io.InputStream;
import java.util.Optional;

/**
 * What a file's content is, told by the content alone (its magic bytes, never its name or the type
 * a client declared), and for images the size their header states, read without decoding them.
 */
public interface ContentInspector {

    /** Reads as much of {@code content} as it needs from its start; the caller closes it. */
    Inspection inspect(InputStream content);

    /** The detected media type ({@code application/octet-stream} when unknown) and, for an image, its size. */
    record Inspection(String mediaType, Optional<ImageSize> imageSize) {
        public Inspection {
            if (mediaType == null || imageSize == null) {
                throw new IllegalArgumentException("an inspection has a media type");
            }
        }
    }
}
