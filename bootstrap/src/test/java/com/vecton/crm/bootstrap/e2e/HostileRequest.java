package com.vecton.crm.bootstrap.e2e;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * One HTTP/1.1 request as the fuzz test builds it, part by part, and then writes as raw bytes.
 *
 * <p>Every part is a Java string encoded as UTF-8 when written, except the characters
 * {@code U+E000..U+E0FF}, which stand for the single raw byte {@code 0x00..0xFF}: that is how a
 * part carries bytes that are not UTF-8 at all (an overlong {@code C0 80}, a lone {@code FF}).
 * Nothing is validated or escaped here; the framing headers ({@code Content-Length},
 * {@code Transfer-Encoding}) are written as the generator set them, or derived from the body when
 * it left them alone.
 */
final class HostileRequest {
    /** RFC 6750 section 2.1 b64token. */
    static final Pattern B64TOKEN = Pattern.compile("[A-Za-z0-9\\-._~+/]+=*");

    static final int MAX_TOKEN_LENGTH = 4096;
    /** The alphabet and length of a request id the server must echo (RequestContext's own rule). */
    static final Pattern SANE_REQUEST_ID = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

    String method;
    /** The request target as sent; when {@code null}, {@link #path} and {@link #query} make it. */
    String rawTarget;

    String path;
    /** The query without its {@code ?}; {@code null} for none. */
    String query;

    String version = "HTTP/1.1";
    /** Host header values in order; empty for no Host header at all. */
    final List<String> hosts = new ArrayList<>();
    /** The whole Authorization header value, {@code null} for none. */
    String authorization;

    String requestId;
    String accept;
    String contentType;
    String connection = "close";
    final List<Map.Entry<String, String>> extraHeaders = new ArrayList<>();
    /** Lines written into the header block verbatim, after the headers (to send one that is no header at all). */
    final List<String> rawHeaderLines = new ArrayList<>();
    /** Content-Length values to send instead of the body's own length; {@code null}: derive it. */
    List<String> contentLengths;
    /** Send the body chunked (in {@link #chunkSizes} pieces) instead of with a Content-Length. */
    boolean chunked;

    List<Integer> chunkSizes = List.of();
    /** Whether every third chunk carries an extension ({@code ;fz=1}). */
    boolean chunkExtensions;
    /** Bytes sent as the chunked body verbatim (broken chunks); needs {@link #chunked}. */
    String rawChunkedBody;
    /** {@code null}: no body, and no framing header unless {@link #contentLengths} is set. */
    String body;

    HostileRequest copy() {
        var copy = new HostileRequest();
        copy.method = method;
        copy.rawTarget = rawTarget;
        copy.path = path;
        copy.query = query;
        copy.version = version;
        copy.hosts.addAll(hosts);
        copy.authorization = authorization;
        copy.requestId = requestId;
        copy.accept = accept;
        copy.contentType = contentType;
        copy.connection = connection;
        copy.extraHeaders.addAll(extraHeaders);
        copy.rawHeaderLines.addAll(rawHeaderLines);
        copy.contentLengths = contentLengths == null ? null : List.copyOf(contentLengths);
        copy.chunked = chunked;
        copy.chunkSizes = chunkSizes;
        copy.chunkExtensions = chunkExtensions;
        copy.rawChunkedBody = rawChunkedBody;
        copy.body = body;
        return copy;
    }

    String target() {
        return rawTarget != null ? rawTarget : query == null ? path : path + "?" + query;
    }

    boolean isHead() {
        return "HEAD".equals(method);
    }

    void header(String name, String value) {
        extraHeaders.add(Map.entry(name, value));
    }

    /** Whether an extra header of this name was added (case-insensitive). */
    boolean hasHeader(String name) {
        return extraHeaders.stream().anyMatch(h -> h.getKey().equalsIgnoreCase(name));
    }

    void removeHeader(String name) {
        extraHeaders.removeIf(h -> h.getKey().equalsIgnoreCase(name));
    }

    /** The bearer token the server would extract, or {@code null} when the header carries none. */
    String bearerToken() {
        if (authorization == null) {
            return null;
        }
        // A field value loses its surrounding SP and HTAB (RFC 9110 section 5.5), nothing else.
        String value = authorization.replaceAll("^[ \\t]+|[ \\t]+$", "");
        if (value.length() < 6 || !value.regionMatches(true, 0, "Bearer", 0, 6)) {
            return null;
        }
        if (value.length() == 6) {
            return "";
        }
        if (value.charAt(6) != ' ') {
            return null;
        }
        return value.substring(7).replaceFirst("^ +", "");
    }

    /**
     * Whether the server may ask identity about this request's credentials at all: only for a
     * Bearer token of RFC 6750 syntax, at most {@value #MAX_TOKEN_LENGTH} characters (identity.md
     * section 1 and the hardened boundary both say identity is never called otherwise).
     */
    boolean identityMayBeCalled() {
        String token = bearerToken();
        return token != null
                && token.length() <= MAX_TOKEN_LENGTH
                && B64TOKEN.matcher(token).matches();
    }

    /** Whether the client sent one X-Request-Id the server must echo. */
    boolean sentSaneRequestId() {
        return requestId != null && SANE_REQUEST_ID.matcher(requestId).matches() && !hasHeader("X-Request-Id");
    }

    byte[] toBytes() {
        byte[] bodyBytes = body == null ? null : encode(body);
        var head = new StringBuilder();
        head.append(method).append(' ').append(target());
        if (!version.isEmpty()) {
            head.append(' ').append(version);
        }
        head.append("\r\n");
        for (String host : hosts) {
            head.append("Host: ").append(host).append("\r\n");
        }
        if (authorization != null) {
            head.append("Authorization: ").append(authorization).append("\r\n");
        }
        if (requestId != null) {
            head.append("X-Request-Id: ").append(requestId).append("\r\n");
        }
        if (accept != null) {
            head.append("Accept: ").append(accept).append("\r\n");
        }
        head.append("User-Agent: hostile-requests-fuzz\r\n");
        if (contentType != null) {
            head.append("Content-Type: ").append(contentType).append("\r\n");
        }
        if (connection != null) {
            head.append("Connection: ").append(connection).append("\r\n");
        }
        for (var header : extraHeaders) {
            head.append(header.getKey())
                    .append(header.getValue().isEmpty() ? ":" : ": ")
                    .append(header.getValue())
                    .append("\r\n");
        }
        for (String line : rawHeaderLines) {
            head.append(line).append("\r\n");
        }
        byte[] framedBody = new byte[0];
        if (chunked) {
            head.append("Transfer-Encoding: chunked\r\n");
            framedBody = rawChunkedBody != null
                    ? encode(rawChunkedBody)
                    : chunk(bodyBytes == null ? new byte[0] : bodyBytes);
        } else if (bodyBytes != null) {
            framedBody = bodyBytes;
        }
        if (contentLengths != null) {
            for (String length : contentLengths) {
                head.append("Content-Length:")
                        .append(length.isEmpty() ? "" : " " + length)
                        .append("\r\n");
            }
        } else if (!chunked && bodyBytes != null) {
            head.append("Content-Length: ").append(bodyBytes.length).append("\r\n");
        }
        head.append("\r\n");
        var out = new ByteArrayOutputStream(framedBody.length + head.length() + 16);
        out.writeBytes(encode(head.toString()));
        out.writeBytes(framedBody);
        return out.toByteArray();
    }

    private byte[] chunk(byte[] bytes) {
        var out = new ByteArrayOutputStream(bytes.length + 64);
        int offset = 0;
        int piece = 0;
        while (offset < bytes.length) {
            int size = chunkSizes.isEmpty() ? bytes.length : Math.max(1, chunkSizes.get(piece++ % chunkSizes.size()));
            size = Math.min(size, bytes.length - offset);
            out.writeBytes((Integer.toHexString(size) + (chunkExtensions && piece % 3 == 2 ? ";fz=1" : "") + "\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.write(bytes, offset, size);
            out.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
            offset += size;
        }
        out.writeBytes("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }

    /** UTF-8, except that {@code U+E000..U+E0FF} become the raw byte {@code 00..FF}. */
    static byte[] encode(String text) {
        boolean plain = true;
        for (int i = 0; i < text.length() && plain; i++) {
            char c = text.charAt(i);
            plain = c < 0x80;
        }
        if (plain) {
            return text.getBytes(StandardCharsets.US_ASCII);
        }
        var out = new ByteArrayOutputStream(text.length() + 16);
        var run = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0xE000 && c <= 0xE0FF) {
                out.writeBytes(run.toString().getBytes(StandardCharsets.UTF_8));
                run.setLength(0);
                out.write(c - 0xE000);
            } else {
                run.append(c);
            }
        }
        out.writeBytes(run.toString().getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    /** The raw byte {@code b} inside a part (see the class comment). */
    static String rawByte(int b) {
        return String.valueOf((char) (0xE000 + (b & 0xff)));
    }

    /** The raw bytes of a string's UTF-8 form, one part character per byte (for raw non-ASCII in a target). */
    static String rawUtf8(String text) {
        var out = new StringBuilder();
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            out.append(rawByte(b));
        }
        return out.toString();
    }

    /** Printable, shortened: control and non-ASCII bytes as {@code \xNN}, long runs elided. */
    static String show(byte[] bytes, int max) {
        var out = new StringBuilder();
        int shown = Math.min(bytes.length, max);
        for (int i = 0; i < shown; i++) {
            int b = bytes[i] & 0xff;
            if (b == '\r') {
                out.append("\\r");
            } else if (b == '\n') {
                out.append("\\n");
            } else if (b < 0x20 || b >= 0x7f || b == '\\') {
                out.append(String.format("\\x%02X", b));
            } else {
                out.append((char) b);
            }
        }
        if (bytes.length > max) {
            out.append("... (").append(bytes.length).append(" bytes)");
        }
        return out.toString();
    }

    static String show(String text, int max) {
        return show(encode(text), max);
    }

    /** A short picture of the request for a report: the request line and head, then the body start. */
    String describe() {
        byte[] bytes = toBytes();
        return describe(bytes);
    }

    static String describe(byte[] bytes) {
        int headEnd = indexOf(bytes, "\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        if (headEnd < 0) {
            return show(bytes, 600);
        }
        byte[] head = java.util.Arrays.copyOf(bytes, headEnd);
        byte[] body = java.util.Arrays.copyOfRange(bytes, headEnd + 4, bytes.length);
        String shownHead = head.length > 900 ? show(head, 900) : show(head, head.length);
        return shownHead + (body.length == 0 ? "" : " || body: " + show(body, 200));
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
