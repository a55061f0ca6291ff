package com.vecton.crm.adapter.out.files;

import com.vecton.crm.domain.media.ImageSize;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Width and height of JPEG, PNG, GIF, WebP and AVIF images, read from their headers alone, so a
 * decompression bomb (a few KiB that would decode to gigapixels) is measured without being decoded.
 * Empty when the header is missing, truncated or malformed.
 */
final class ImageHeaders {
    /** How far into a JPEG the frame header is looked for (past EXIF and thumbnails). */
    private static final long JPEG_SCAN_LIMIT = 16L * 1024 * 1024;
    /** How much of an AVIF file is searched for its {@code ispe} (image spatial extents) box. */
    private static final int AVIF_SCAN_LIMIT = 64 * 1024;

    private ImageHeaders() {}

    static Optional<ImageSize> sizeOf(String mediaType, InputStream in) throws IOException {
        try {
            return switch (mediaType) {
                case "image/png" -> png(in);
                case "image/gif" -> gif(in);
                case "image/jpeg" -> jpeg(in);
                case "image/webp" -> webp(in);
                case "image/avif" -> avif(in);
                default -> Optional.empty();
            };
        } catch (EOFException | IllegalArgumentException truncatedOrNonsense) {
            return Optional.empty();
        }
    }

    /** Whether the stream starts with an ISO base media {@code ftyp} box of brand {@code avif} or {@code avis}. */
    static boolean isAvif(InputStream in) throws IOException {
        byte[] head = in.readNBytes(12);
        if (head.length < 12) {
            return false;
        }
        String box = new String(head, 4, 4, StandardCharsets.ISO_8859_1);
        String brand = new String(head, 8, 4, StandardCharsets.ISO_8859_1);
        return box.equals("ftyp") && (brand.equals("avif") || brand.equals("avis"));
    }

    private static Optional<ImageSize> png(InputStream in) throws IOException {
        byte[] h = exactly(in, 24);
        if (!new String(h, 12, 4, StandardCharsets.ISO_8859_1).equals("IHDR")) {
            return Optional.empty();
        }
        return size(u32(h, 16), u32(h, 20));
    }

    private static Optional<ImageSize> gif(InputStream in) throws IOException {
        byte[] h = exactly(in, 10);
        return size((h[6] & 0xFF) | (h[7] & 0xFF) << 8, (h[8] & 0xFF) | (h[9] & 0xFF) << 8);
    }

    private static Optional<ImageSize> jpeg(InputStream in) throws IOException {
        byte[] soi = exactly(in, 2);
        if ((soi[0] & 0xFF) != 0xFF || (soi[1] & 0xFF) != 0xD8) {
            return Optional.empty();
        }
        long read = 2;
        while (read < JPEG_SCAN_LIMIT) {
            int b = in.read();
            if (b < 0) {
                return Optional.empty();
            }
            read++;
            if (b != 0xFF) {
                continue;
            }
            int marker;
            do {
                marker = in.read();
                read++;
            } while (marker == 0xFF);
            if (marker < 0) {
                return Optional.empty();
            }
            if (marker == 0xD8 || marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7) || marker == 0x00) {
                continue;
            }
            if (marker == 0xD9 || marker == 0xDA) {
                return Optional.empty(); // end of image or start of scan before any frame header
            }
            byte[] len = exactly(in, 2);
            int length = (len[0] & 0xFF) << 8 | (len[1] & 0xFF);
            if (length < 2) {
                return Optional.empty();
            }
            boolean frame = marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
            if (frame) {
                byte[] f = exactly(in, 5);
                return size((f[3] & 0xFF) << 8 | (f[4] & 0xFF), (f[1] & 0xFF) << 8 | (f[2] & 0xFF));
            }
            in.skipNBytes(length - 2);
            read += length;
        }
        return Optional.empty();
    }

    private static Optional<ImageSize> webp(InputStream in) throws IOException {
        byte[] h = exactly(in, 30);
        String chunk = new String(h, 12, 4, StandardCharsets.ISO_8859_1);
        return switch (chunk) {
            case "VP8 " ->
                size((h[26] & 0xFF | (h[27] & 0xFF) << 8) & 0x3FFF, (h[28] & 0xFF | (h[29] & 0xFF) << 8) & 0x3FFF);
            case "VP8L" -> {
                long bits = (h[21] & 0xFFL) | (h[22] & 0xFFL) << 8 | (h[23] & 0xFFL) << 16 | (h[24] & 0xFFL) << 24;
                yield size((bits & 0x3FFF) + 1, ((bits >> 14) & 0x3FFF) + 1);
            }
            case "VP8X" ->
                size(
                        1 + ((h[24] & 0xFF) | (h[25] & 0xFF) << 8 | (h[26] & 0xFF) << 16),
                        1 + ((h[27] & 0xFF) | (h[28] & 0xFF) << 8 | (h[29] & 0xFF) << 16));
            default -> Optional.empty();
        };
    }

    private static Optional<ImageSize> avif(InputStream in) throws IOException {
        byte[] h = in.readNBytes(AVIF_SCAN_LIMIT);
        for (int i = 0; i + 16 <= h.length; i++) {
            if (h[i] == 'i' && h[i + 1] == 's' && h[i + 2] == 'p' && h[i + 3] == 'e') {
                return size(u32(h, i + 8), u32(h, i + 12));
            }
        }
        return Optional.empty();
    }

    private static Optional<ImageSize> size(long width, long height) {
        return width > 0 && height > 0 ? Optional.of(new ImageSize(width, height)) : Optional.empty();
    }

    private static long u32(byte[] b, int at) {
        return (b[at] & 0xFFL) << 24 | (b[at + 1] & 0xFFL) << 16 | (b[at + 2] & 0xFFL) << 8 | (b[at + 3] & 0xFFL);
    }

    private static byte[] exactly(InputStream in, int n) throws IOException {
        byte[] bytes = in.readNBytes(n);
        if (bytes.length < n) {
            throw new EOFException();
        }
        return bytes;
    }
}
