package com.vecton.crm.domain.testing;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Files made by the tests themselves, for the upload corpus: real images and PDFs, and the hostile
 * ones (HTML or SVG dressed as a PNG, a polyglot, a PDF with JavaScript, a truncated JPEG, a zip, a
 * decompression bomb's header), so that no binary fixture has to be trusted or kept.
 */
public final class SampleContent {
    private SampleContent() {}

    /** A real {@code width} × {@code height} RGB PNG of one colour. */
    public static byte[] png(int width, int height) {
        var raw = new ByteArrayOutputStream();
        for (int y = 0; y < height; y++) {
            raw.write(0);
            for (int x = 0; x < width; x++) {
                raw.write(0x20);
                raw.write(0x80);
                raw.write(0xE0);
            }
        }
        return pngWith(width, height, deflate(raw.toByteArray()));
    }

    /**
     * The header of a PNG claiming {@code width} × {@code height} with a few bytes of data: what a
     * decompression bomb looks like to a reader of headers.
     */
    public static byte[] pngBombHeader(int width, int height) {
        return pngWith(width, height, deflate(new byte[64]));
    }

    /** A PNG that is also an HTML page (the page after the image's end). */
    public static byte[] pngHtmlPolyglot() {
        return concat(
                png(4, 4),
                "<html><body><script>alert(document.cookie)</script></body></html>"
                        .getBytes(StandardCharsets.US_ASCII));
    }

    public static byte[] html() {
        return "<!DOCTYPE html>\n<html><head><title>x</title></head><body><script>alert(1)</script></body></html>\n"
                .getBytes(StandardCharsets.US_ASCII);
    }

    public static byte[] svgWithScript() {
        return ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\""
                        + " height=\"10\"><script>alert(1)</script><rect width=\"10\" height=\"10\"/></svg>\n")
                .getBytes(StandardCharsets.US_ASCII);
    }

    /** A small but well-formed PDF whose open action runs JavaScript. */
    public static byte[] pdfWithJavaScript() {
        return ("%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj << /Type /Catalog /Pages 2 0 R /OpenAction 3 0 R >> endobj\n"
                        + "2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n"
                        + "3 0 obj << /S /JavaScript /JS (app.alert\\('hi'\\);) >> endobj\n"
                        + "trailer << /Root 1 0 R >>\n%%EOF\n")
                .getBytes(StandardCharsets.ISO_8859_1);
    }

    /** A PDF's first bytes followed by {@code size} bytes in all: a large allowed upload. */
    public static byte[] pdfHead() {
        return "%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n".getBytes(StandardCharsets.ISO_8859_1);
    }

    /** A baseline JPEG's headers (SOI, APP0/JFIF, SOF0 with the size) and a scan; enough for sniffing and measuring. */
    public static byte[] jpeg(int width, int height) {
        var out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xD8});
        out.writeBytes(jfif());
        out.writeBytes(new byte[] {
            (byte) 0xFF,
            (byte) 0xC0,
            0,
            11,
            8,
            (byte) (height >> 8),
            (byte) height,
            (byte) (width >> 8),
            (byte) width,
            1,
            1,
            0x11,
            0
        });
        out.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xDA, 0, 8, 1, 1, 0, 0, 0x3F, 0, 0x12, 0x34});
        out.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xD9});
        return out.toByteArray();
    }

    /** A JPEG cut off after its first segment, before the frame header that states its size. */
    public static byte[] truncatedJpeg() {
        var out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xD8});
        out.writeBytes(jfif());
        out.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xDB, 0, 67, 0});
        return out.toByteArray();
    }

    public static byte[] gif(int width, int height) {
        var out = new ByteArrayOutputStream();
        out.writeBytes("GIF89a".getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(new byte[] {(byte) width, (byte) (width >> 8), (byte) height, (byte) (height >> 8), 0, 0, 0});
        out.writeBytes(new byte[] {
            0x2C,
            0,
            0,
            0,
            0,
            (byte) width,
            (byte) (width >> 8),
            (byte) height,
            (byte) (height >> 8),
            0,
            2,
            2,
            0x44,
            0x01,
            0,
            0x3B
        });
        return out.toByteArray();
    }

    /** An extended-format WebP header (VP8X) stating the size. */
    public static byte[] webp(int width, int height) {
        var out = new ByteArrayOutputStream();
        out.writeBytes("RIFF".getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(new byte[] {22, 0, 0, 0});
        out.writeBytes("WEBPVP8X".getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(new byte[] {10, 0, 0, 0, 0, 0, 0, 0});
        int w = width - 1;
        int h = height - 1;
        out.writeBytes(
                new byte[] {(byte) w, (byte) (w >> 8), (byte) (w >> 16), (byte) h, (byte) (h >> 8), (byte) (h >> 16)});
        return out.toByteArray();
    }

    /** An AVIF file's {@code ftyp} box and an {@code ispe} property stating the size. */
    public static byte[] avif(int width, int height) {
        var out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {0, 0, 0, 0x1C});
        out.writeBytes("ftypavif".getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(new byte[] {0, 0, 0, 0});
        out.writeBytes("avifmif1miaf".getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(new byte[] {0, 0, 0, 0x14});
        out.writeBytes("ispe".getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(new byte[] {0, 0, 0, 0});
        out.writeBytes(u32(width));
        out.writeBytes(u32(height));
        return out.toByteArray();
    }

    /** A zip archive with one text file (what a renamed {@code .docx} or {@code .zip} is). */
    public static byte[] zip() {
        try {
            var bytes = new ByteArrayOutputStream();
            try (var zip = new ZipOutputStream(bytes)) {
                zip.putNextEntry(new ZipEntry("readme.txt"));
                zip.write("not a pdf".getBytes(StandardCharsets.US_ASCII));
                zip.closeEntry();
            }
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] jfif() {
        return new byte[] {(byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F', 0, 1, 1, 0, 0, 1, 0, 1, 0, 0};
    }

    private static byte[] pngWith(int width, int height, byte[] idat) {
        try {
            var png = new ByteArrayOutputStream();
            png.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
            var header = new ByteArrayOutputStream();
            var h = new DataOutputStream(header);
            h.writeInt(width);
            h.writeInt(height);
            h.write(new byte[] {8, 2, 0, 0, 0});
            chunk(png, "IHDR", header.toByteArray());
            chunk(png, "IDAT", idat);
            chunk(png, "IEND", new byte[0]);
            return png.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] deflate(byte[] raw) {
        var deflater = new Deflater();
        deflater.setInput(raw);
        deflater.finish();
        var compressed = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        while (!deflater.finished()) {
            compressed.write(buffer, 0, deflater.deflate(buffer));
        }
        return compressed.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream png, String type, byte[] data) throws IOException {
        var out = new DataOutputStream(png);
        out.writeInt(data.length);
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        out.write(name);
        out.write(data);
        var crc = new CRC32();
        crc.update(name);
        crc.update(data);
        out.writeInt((int) crc.getValue());
    }

    private static byte[] u32(int v) {
        return new byte[] {(byte) (v >>> 24), (byte) (v >>> 16), (byte) (v >>> 8), (byte) v};
    }

    public static byte[] concat(byte[] a, byte[] b) {
        byte[] both = new byte[a.length + b.length];
        System.arraycopy(a, 0, both, 0, a.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }
}
