package com.vecton.crm.adapter.out.files;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.vecton.crm.application.port.out.ContentInspector.Inspection;
import com.vecton.crm.domain.media.ImageSize;
import com.vecton.crm.domain.testing.SampleContent;
import java.io.ByteArrayInputStream;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The content decides, never a name: Tika's magic and the image headers on files the tests make. */
class TikaContentInspectorTest {
    private final TikaContentInspector inspector = new TikaContentInspector();

    private Inspection inspect(byte[] content) {
        return inspector.inspect(new ByteArrayInputStream(content));
    }

    @Test
    void images_are_recognised_with_the_size_their_header_states() {
        assertEquals(new Inspection("image/png", Optional.of(new ImageSize(7, 3))), inspect(SampleContent.png(7, 3)));
        assertEquals(
                new Inspection("image/jpeg", Optional.of(new ImageSize(640, 480))),
                inspect(SampleContent.jpeg(640, 480)));
        assertEquals(
                new Inspection("image/gif", Optional.of(new ImageSize(300, 2))), inspect(SampleContent.gif(300, 2)));
        assertEquals(
                new Inspection("image/webp", Optional.of(new ImageSize(4000, 3000))),
                inspect(SampleContent.webp(4000, 3000)));
        assertEquals(
                new Inspection("image/avif", Optional.of(new ImageSize(1920, 1080))),
                inspect(SampleContent.avif(1920, 1080)));
    }

    @Test
    void a_bomb_is_measured_from_its_header_without_decoding() {
        assertEquals(
                Optional.of(new ImageSize(100_000, 100_000)),
                inspect(SampleContent.pngBombHeader(100_000, 100_000)).imageSize());
    }

    @Test
    void hostile_files_are_what_their_bytes_are() {
        assertEquals("text/html", inspect(SampleContent.html()).mediaType());
        assertEquals("image/svg+xml", inspect(SampleContent.svgWithScript()).mediaType());
        assertEquals("application/zip", inspect(SampleContent.zip()).mediaType());
        assertEquals(
                "application/pdf", inspect(SampleContent.pdfWithJavaScript()).mediaType());
        assertEquals("image/png", inspect(SampleContent.pngHtmlPolyglot()).mediaType());
        assertEquals("application/octet-stream", inspect(new byte[0]).mediaType());
    }

    @Test
    void a_truncated_jpeg_is_a_jpeg_without_a_size() {
        assertEquals(new Inspection("image/jpeg", Optional.empty()), inspect(SampleContent.truncatedJpeg()));
    }
}
