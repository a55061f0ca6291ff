package com.vecton.crm.adapter.out.files;

import com.vecton.crm.application.port.out.ContentInspector;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import org.apache.tika.detect.Detector;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MimeTypes;

/**
 * {@link ContentInspector} with Apache Tika's magic-byte detector ({@code tika-core}, no parsers):
 * the metadata handed to Tika holds no name and no declared type, so only the bytes decide. An
 * image's size is then read from its header ({@link ImageHeaders}) without decoding it.
 */
public final class TikaContentInspector implements ContentInspector {
    /** Tika reads at most this much for its magic; the mark must cover it. */
    private static final int MAGIC_LIMIT = 64 * 1024;

    private final Detector detector = MimeTypes.getDefaultMimeTypes();

    @Override
    public Inspection inspect(InputStream content) {
        try {
            var in = new BufferedInputStream(content, MAGIC_LIMIT);
            in.mark(MAGIC_LIMIT);
            MediaType detected = detector.detect(in, new Metadata());
            in.reset();
            String type = detected.getBaseType().toString();
            if (ImageHeaders.isAvif(in)) {
                // tika-core's table knows AVIF only in some versions; the ftyp brand decides the same way.
                type = "image/avif";
            }
            in.reset();
            Optional<com.vecton.crm.domain.media.ImageSize> size = ImageHeaders.sizeOf(type, in);
            return new Inspection(type, size);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the upload back", e);
        }
    }
}
