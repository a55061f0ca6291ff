package com.vecton.crm.adapter.in.rest.file;

import com.vecton.crm.adapter.in.rest.problem.RequestRejected;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A {@code multipart/form-data} body (RFC 7578) read as a stream, one part after the other: each
 * part's content is itself a stream that ends at the next boundary, so a file part of any size
 * passes through a buffer of {@link #BUFFER} bytes and is never held whole, in memory or on disk
 * (Jersey's multipart reader would park every part in a temporary file first, and read it all
 * before the resource could refuse it). A part's content must be read to its end, or skipped with
 * {@link Part#skip}, before the next part is asked for.
 *
 * <p>Malformed framing (no boundary, a truncated body, a header block over {@link #MAX_HEADERS})
 * is {@code 400 malformed_request}.
 */
public final class MultipartStream {
    static final int BUFFER = 64 * 1024;
    /** The most a part's header block may take. */
    static final int MAX_HEADERS = 16 * 1024;

    private final InputStream in;
    private final byte[] delimiter;
    private final byte[] buf;
    private int pos;
    private int lim;
    private boolean eof;
    private boolean finished;
    private PartBody current;

    private MultipartStream(InputStream in, String boundary) {
        this.in = in;
        this.delimiter = ("\r\n--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
        this.buf = new byte[BUFFER + delimiter.length + 4];
        // The first boundary has no line break before it: pretend it had one.
        buf[0] = '\r';
        buf[1] = '\n';
        lim = 2;
    }

    /** The parts of a body whose {@code Content-Type} is this; {@code 400} unless it is multipart/form-data with a boundary. */
    public static MultipartStream of(InputStream body, String contentType) {
        if (contentType == null || !contentType.toLowerCase(Locale.ROOT).startsWith("multipart/form-data")) {
            throw RequestRejected.unsupportedMediaType("The request body must be multipart/form-data.");
        }
        String boundary = boundaryOf(contentType)
                .orElseThrow(() ->
                        RequestRejected.malformed("The body must be multipart/form-data with a boundary parameter."));
        return new MultipartStream(body, boundary);
    }

    static Optional<String> boundaryOf(String contentType) {
        if (contentType == null || !contentType.toLowerCase(Locale.ROOT).startsWith("multipart/form-data")) {
            return Optional.empty();
        }
        String boundary = parameters(contentType).get("boundary");
        if (boundary == null || boundary.isEmpty() || boundary.length() > 70) {
            return Optional.empty();
        }
        return Optional.of(boundary);
    }

    /** The next part, or empty after the last one. */
    public Optional<Part> next() {
        try {
            if (current != null) {
                current.skipRest();
                current = null;
            } else if (!finished && !skipPreamble()) {
                throw RequestRejected.malformed("The multipart body has no boundary line.");
            }
            if (finished) {
                return Optional.empty();
            }
            var headers = readHeaders();
            String disposition = headers.getOrDefault("content-disposition", "");
            var params = parameters(disposition);
            String filename =
                    params.containsKey("filename*") ? decodeExtended(params.get("filename*")) : params.get("filename");
            current = new PartBody();
            return Optional.of(new Part(
                    params.getOrDefault("name", ""),
                    Optional.ofNullable(filename),
                    headers.get("content-type"),
                    current));
        } catch (IOException e) {
            throw UploadLimit.unreadable();
        }
    }

    /** One part: its form name, its file name if it has one, its declared type, and its content. */
    public record Part(String name, Optional<String> filename, String contentType, InputStream content) {
        /** The content as text, refused ({@code 413}) over {@code maxBytes}. */
        public String text(int maxBytes) {
            try {
                byte[] bytes = content.readNBytes(maxBytes + 1);
                if (bytes.length > maxBytes) {
                    throw RequestRejected.payloadTooLarge(maxBytes);
                }
                return new String(bytes, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw UploadLimit.unreadable();
            }
        }

        public void skip() {
            try {
                content.transferTo(OutputStreamDiscard.INSTANCE);
            } catch (IOException e) {
                throw UploadLimit.unreadable();
            }
        }
    }

    /** Reads up to and through the first delimiter; false when the body has none. */
    private boolean skipPreamble() throws IOException {
        var preamble = new PartBody();
        preamble.skipRest();
        return !preamble.truncated;
    }

    private Map<String, String> readHeaders() throws IOException {
        var block = new ByteArrayOutputStream();
        int matched = 0; // of "\r\n\r\n", counting the line break that ended the boundary line as two
        byte[] end = {'\r', '\n', '\r', '\n'};
        matched = 2;
        while (matched < 4) {
            int b = readByte();
            if (b < 0) {
                throw RequestRejected.malformed("The multipart body ends inside a part's headers.");
            }
            block.write(b);
            if (block.size() > MAX_HEADERS) {
                throw RequestRejected.malformed("A part's headers are larger than 16 KiB.");
            }
            matched = b == end[matched] ? matched + 1 : (b == '\r' ? 1 : 0);
        }
        var headers = new LinkedHashMap<String, String>();
        for (String line : block.toString(StandardCharsets.UTF_8).split("\r\n")) {
            int colon = line.indexOf(':');
            if (colon > 0) {
                headers.put(
                        line.substring(0, colon).strip().toLowerCase(Locale.ROOT),
                        line.substring(colon + 1).strip());
            }
        }
        return headers;
    }

    /** After a delimiter: {@code --} ends the body, a line break starts the next part's headers. */
    private void afterDelimiter() throws IOException {
        int a = readByte();
        int b = readByte();
        if (a == '-' && b == '-') {
            finished = true;
        } else if (a == '\r' && b == '\n') {
            // headers follow; readHeaders counts this line break
        } else {
            // Transport padding (spaces) before the line break is allowed by RFC 2046; anything else is not.
            int c = b;
            while (c == ' ' || c == '\t') {
                c = readByte();
            }
            if (!(a == ' ' || a == '\t') || c != '\r' || readByte() != '\n') {
                throw RequestRejected.malformed("A multipart boundary line is malformed.");
            }
        }
    }

    private int readByte() throws IOException {
        if (pos >= lim && !fill(1)) {
            return -1;
        }
        return buf[pos++] & 0xFF;
    }

    /** Makes at least {@code wanted} bytes available if the body has them; false when it ended first. */
    private boolean fill(int wanted) throws IOException {
        if (lim - pos >= wanted) {
            return true;
        }
        if (pos > 0) {
            System.arraycopy(buf, pos, buf, 0, lim - pos);
            lim -= pos;
            pos = 0;
        }
        while (lim - pos < wanted && !eof) {
            int n = in.read(buf, lim, buf.length - lim);
            if (n < 0) {
                eof = true;
            } else {
                lim += n;
            }
        }
        return lim - pos >= wanted;
    }

    private int indexOfDelimiter() {
        outer:
        for (int i = pos; i <= lim - delimiter.length; i++) {
            for (int j = 0; j < delimiter.length; j++) {
                if (buf[i + j] != delimiter[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /** A part's content: the bytes up to the next delimiter. */
    private final class PartBody extends InputStream {
        private boolean done;
        boolean truncated;

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            int n = read(one, 0, 1);
            return n < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] out, int off, int len) throws IOException {
            if (done) {
                return -1;
            }
            if (len == 0) {
                return 0;
            }
            fill(delimiter.length);
            int at = indexOfDelimiter();
            if (at == pos) {
                pos += delimiter.length;
                done = true;
                afterDelimiter();
                return -1;
            }
            int available;
            if (at > pos) {
                available = at - pos;
            } else if (eof) {
                if (lim - pos < delimiter.length) {
                    done = true;
                    truncated = true;
                    finished = true;
                    if (this != current) {
                        return -1;
                    }
                    throw RequestRejected.malformed("The multipart body ends before its closing boundary.");
                }
                available = lim - pos - (delimiter.length - 1);
            } else {
                available = lim - pos - (delimiter.length - 1);
            }
            int n = Math.min(len, available);
            System.arraycopy(buf, pos, out, off, n);
            pos += n;
            return n;
        }

        void skipRest() throws IOException {
            byte[] scratch = new byte[8192];
            while (read(scratch, 0, scratch.length) >= 0) {
                // discard
            }
        }
    }

    /** {@code name=value; name="quoted \" value"} parameters of a header value, names lower-cased. */
    static Map<String, String> parameters(String header) {
        var params = new LinkedHashMap<String, String>();
        int i = header.indexOf(';');
        while (i >= 0 && i < header.length()) {
            i++;
            while (i < header.length() && (header.charAt(i) == ' ' || header.charAt(i) == '\t')) {
                i++;
            }
            int eq = header.indexOf('=', i);
            if (eq < 0) {
                break;
            }
            String name = header.substring(i, eq).strip().toLowerCase(Locale.ROOT);
            int j = eq + 1;
            var value = new StringBuilder();
            if (j < header.length() && header.charAt(j) == '"') {
                j++;
                while (j < header.length() && header.charAt(j) != '"') {
                    char c = header.charAt(j);
                    if (c == '\\' && j + 1 < header.length()) {
                        c = header.charAt(++j);
                    }
                    value.append(c);
                    j++;
                }
                j++;
                int semi = header.indexOf(';', j);
                i = semi < 0 ? header.length() : semi;
            } else {
                int semi = header.indexOf(';', j);
                int endAt = semi < 0 ? header.length() : semi;
                value.append(header, j, endAt);
                i = endAt;
            }
            params.putIfAbsent(name, value.toString().strip());
            if (i >= header.length()) {
                break;
            }
        }
        return params;
    }

    /** An RFC 8187 {@code UTF-8''percent%20encoded} value; as sent when it is not one. */
    private static String decodeExtended(String value) {
        int quote = value.indexOf("''");
        if (quote < 0) {
            return value;
        }
        try {
            return URLDecoder.decode(value.substring(quote + 2).replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return value;
        }
    }

    private static final class OutputStreamDiscard extends java.io.OutputStream {
        static final OutputStreamDiscard INSTANCE = new OutputStreamDiscard();

        @Override
        public void write(int b) {}

        @Override
        public void write(byte[] b, int off, int len) {}
    }
}
