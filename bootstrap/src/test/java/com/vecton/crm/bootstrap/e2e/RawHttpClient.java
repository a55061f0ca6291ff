package com.vecton.crm.bootstrap.e2e;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sends bytes exactly as given over a fresh TCP connection and reads one HTTP/1.1 answer, for
 * tests that must send what an HTTP client library refuses to (raw NUL bytes in the target,
 * two Content-Lengths, broken chunks).
 *
 * <p>The request is written on its own virtual thread while the answer is read, so a server that
 * answers early (413, 431) and stops reading is seen answering rather than deadlocking the write.
 * Interim {@code 1xx} answers other than {@code 101} are skipped; bodies are delimited as RFC 9112
 * section 6.3 says (none for HEAD, 1xx, 204, 304 or a 2xx to CONNECT; chunked; Content-Length;
 * else until close).
 */
final class RawHttpClient {
    private static final Pattern STATUS_LINE = Pattern.compile("HTTP/(\\d)\\.(\\d) (\\d{3})(?: (.*))?");
    private static final int MAX_LINE = 64 * 1024;
    private static final int MAX_BODY = 16 * 1024 * 1024;

    private final String host;
    private final int port;
    private final Duration readTimeout;

    RawHttpClient(String host, int port, Duration readTimeout) {
        this.host = host;
        this.port = port;
        this.readTimeout = readTimeout;
    }

    /** How an exchange ended. Everything but {@link #ANSWERED} means the client got no usable answer. */
    enum Outcome {
        ANSWERED,
        /** Nothing, or not all of the answer, arrived within the read timeout. */
        TIMED_OUT,
        /** The server closed or reset the connection before a status line. */
        CLOSED_WITHOUT_ANSWER,
        /** Bytes arrived that are not an HTTP/1.x answer, or the answer was cut short. */
        GARBLED
    }

    /** One answer as it came off the wire; {@code status} is -1 when none was read. */
    record Answer(
            Outcome outcome,
            int status,
            String statusLine,
            List<Map.Entry<String, String>> headers,
            byte[] body,
            long millis,
            String note) {

        /** The first value of a header, case-insensitively, or {@code null}. */
        String header(String name) {
            for (var header : headers) {
                if (header.getKey().equalsIgnoreCase(name)) {
                    return header.getValue();
                }
            }
            return null;
        }

        List<String> headerValues(String name) {
            var values = new ArrayList<String>();
            for (var header : headers) {
                if (header.getKey().equalsIgnoreCase(name)) {
                    values.add(header.getValue());
                }
            }
            return values;
        }

        String bodyText() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    /**
     * Writes {@code request} and reads the answer.
     *
     * @param method the request's method: the answer to a HEAD has no body whatever it declares,
     *               and a 2xx to a CONNECT turns the connection into a tunnel after its header block
     */
    Answer exchange(byte[] request, String method) {
        long start = System.nanoTime();
        long deadline = start + readTimeout.toNanos() + Duration.ofSeconds(5).toNanos();
        var writeFailure = new AtomicReference<IOException>();
        var counting = new AtomicReference<DeadlineInput>();
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), 5_000);
            socket.setTcpNoDelay(true);
            OutputStream out = socket.getOutputStream();
            Thread writer = Thread.ofVirtual().name("raw-http-writer").start(() -> {
                try {
                    out.write(request);
                    out.flush();
                } catch (IOException e) {
                    writeFailure.set(e);
                }
            });
            var in = new DeadlineInput(socket, readTimeout, deadline);
            counting.set(in);
            try {
                return read(in, method, start, writeFailure);
            } finally {
                writer.interrupt();
            }
        } catch (SocketTimeoutException e) {
            return failed(
                    Outcome.TIMED_OUT,
                    start,
                    "no complete answer within " + readTimeout.toMillis() + " ms (" + received(counting.get()) + ")"
                            + writeNote(writeFailure));
        } catch (IOException e) {
            long read = counting.get() == null ? 0 : counting.get().count;
            Outcome outcome = read == 0 ? Outcome.CLOSED_WITHOUT_ANSWER : Outcome.GARBLED;
            return failed(
                    outcome,
                    start,
                    e.getClass().getSimpleName() + ": " + e.getMessage() + " (" + received(counting.get()) + ")"
                            + writeNote(writeFailure));
        }
    }

    /** How much of an answer arrived, and its start, for a report. */
    private static String received(DeadlineInput in) {
        if (in == null || in.count == 0) {
            return "0 bytes read";
        }
        return in.count + " bytes read: " + HostileRequest.show(java.util.Arrays.copyOf(in.first, in.firstLength), 300);
    }

    private static String writeNote(AtomicReference<IOException> writeFailure) {
        IOException e = writeFailure.get();
        return e == null ? "" : "; writing stopped: " + e.getMessage();
    }

    private static Answer failed(Outcome outcome, long start, String note) {
        return new Answer(outcome, -1, null, List.of(), new byte[0], elapsed(start), note);
    }

    private static long elapsed(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }

    private Answer read(DeadlineInput in, String method, long start, AtomicReference<IOException> writeFailure)
            throws IOException {
        while (true) {
            String statusLine = readLine(in);
            if (statusLine == null) {
                Outcome outcome = in.count == 0 ? Outcome.CLOSED_WITHOUT_ANSWER : Outcome.GARBLED;
                return failed(outcome, start, "connection closed before a status line" + writeNote(writeFailure));
            }
            Matcher m = STATUS_LINE.matcher(statusLine);
            if (!m.matches()) {
                return failed(Outcome.GARBLED, start, "not a status line: " + HostileRequest.show(statusLine, 200));
            }
            int status = Integer.parseInt(m.group(3));
            var headers = new ArrayList<Map.Entry<String, String>>();
            while (true) {
                String line = readLine(in);
                if (line == null) {
                    return failed(Outcome.GARBLED, start, "connection closed inside the header block of " + status);
                }
                if (line.isEmpty()) {
                    break;
                }
                int colon = line.indexOf(':');
                if (colon <= 0) {
                    return failed(Outcome.GARBLED, start, "not a header line: " + HostileRequest.show(line, 200));
                }
                headers.add(Map.entry(
                        line.substring(0, colon), line.substring(colon + 1).strip()));
            }
            if (status >= 100 && status < 200 && status != 101) {
                continue;
            }
            var answer = new Answer(Outcome.ANSWERED, status, statusLine, List.copyOf(headers), new byte[0], 0, null);
            byte[] body;
            try {
                body = body(in, answer, method);
            } catch (BodyCutShort e) {
                return new Answer(
                        Outcome.GARBLED,
                        status,
                        statusLine,
                        answer.headers(),
                        new byte[0],
                        elapsed(start),
                        e.getMessage());
            }
            return new Answer(Outcome.ANSWERED, status, statusLine, answer.headers(), body, elapsed(start), null);
        }
    }

    private static byte[] body(DeadlineInput in, Answer head, String method) throws IOException {
        int status = head.status();
        if ("HEAD".equals(method)
                || status < 200
                || status == 204
                || status == 304
                || ("CONNECT".equals(method) && status < 300)) {
            return new byte[0];
        }
        String transferEncoding = head.header("Transfer-Encoding");
        if (transferEncoding != null) {
            String[] codings = transferEncoding.toLowerCase(Locale.ROOT).split(",");
            if (!codings[codings.length - 1].strip().equals("chunked")) {
                return untilClose(in);
            }
            return chunked(in);
        }
        List<String> lengths = head.headerValues("Content-Length");
        if (!lengths.isEmpty()) {
            if (lengths.stream().distinct().count() > 1) {
                throw new BodyCutShort("the answer has differing Content-Length headers: " + lengths);
            }
            long length;
            try {
                length = Long.parseLong(lengths.getFirst());
            } catch (NumberFormatException e) {
                throw new BodyCutShort("the answer's Content-Length is not a number: " + lengths.getFirst());
            }
            if (length < 0 || length > MAX_BODY) {
                throw new BodyCutShort("the answer's Content-Length is out of range: " + length);
            }
            return exactly(in, (int) length);
        }
        return untilClose(in);
    }

    private static byte[] chunked(DeadlineInput in) throws IOException {
        var body = new ByteArrayOutputStream();
        while (true) {
            String sizeLine = readLine(in);
            if (sizeLine == null) {
                throw new BodyCutShort("the chunked answer ended before its last chunk");
            }
            int semicolon = sizeLine.indexOf(';');
            String hex = (semicolon < 0 ? sizeLine : sizeLine.substring(0, semicolon)).strip();
            int size;
            try {
                size = Integer.parseInt(hex, 16);
            } catch (NumberFormatException e) {
                throw new BodyCutShort("not a chunk size: " + HostileRequest.show(sizeLine, 80));
            }
            if (size < 0 || body.size() + (long) size > MAX_BODY) {
                throw new BodyCutShort("chunk size out of range: " + size);
            }
            if (size == 0) {
                while (true) {
                    String trailer = readLine(in);
                    if (trailer == null || trailer.isEmpty()) {
                        return body.toByteArray();
                    }
                }
            }
            body.write(exactly(in, size));
            String end = readLine(in);
            if (end == null || !end.isEmpty()) {
                throw new BodyCutShort("a chunk is not followed by CRLF");
            }
        }
    }

    private static byte[] exactly(InputStream in, int length) throws IOException {
        byte[] bytes = in.readNBytes(length);
        if (bytes.length < length) {
            throw new BodyCutShort("the body ended after " + bytes.length + " of " + length + " bytes");
        }
        return bytes;
    }

    private static byte[] untilClose(InputStream in) throws IOException {
        byte[] bytes = in.readNBytes(MAX_BODY);
        return bytes;
    }

    /** A line up to CRLF (or a bare LF), without it, in ISO-8859-1; {@code null} at end of stream before any byte. */
    private static String readLine(InputStream in) throws IOException {
        var line = new StringBuilder();
        while (true) {
            int b = in.read();
            if (b < 0) {
                return line.isEmpty() ? null : line.toString();
            }
            if (b == '\n') {
                int last = line.length() - 1;
                if (last >= 0 && line.charAt(last) == '\r') {
                    line.setLength(last);
                }
                return line.toString();
            }
            if (line.length() >= MAX_LINE) {
                throw new BodyCutShort("a line of the answer is longer than " + MAX_LINE + " bytes");
            }
            line.append((char) b);
        }
    }

    /** The answer is not a complete HTTP message. */
    private static final class BodyCutShort extends IOException {
        BodyCutShort(String message) {
            super(message);
        }
    }

    /**
     * The socket's input with a per-read timeout that never runs past one deadline for the whole
     * answer, so a server that trickles bytes cannot hold the test longer than the bound either.
     */
    private static final class DeadlineInput extends InputStream {
        private final Socket socket;
        private final InputStream in;
        private final long perRead;
        private final long deadline;
        private final byte[] buffer = new byte[64 * 1024];
        /** The first bytes that arrived, kept for the report of an answer that never ended. */
        final byte[] first = new byte[300];

        int firstLength;
        private int position;
        private int limit;
        long count;

        DeadlineInput(Socket socket, Duration perRead, long deadline) throws IOException {
            this.socket = socket;
            this.in = socket.getInputStream();
            this.perRead = perRead.toMillis();
            this.deadline = deadline;
        }

        @Override
        public int read() throws IOException {
            if (position == limit && !fill()) {
                return -1;
            }
            return buffer[position++] & 0xff;
        }

        @Override
        public int read(byte[] target, int offset, int length) throws IOException {
            if (length == 0) {
                return 0;
            }
            if (position == limit && !fill()) {
                return -1;
            }
            int n = Math.min(length, limit - position);
            System.arraycopy(buffer, position, target, offset, n);
            position += n;
            return n;
        }

        private boolean fill() throws IOException {
            long left = (deadline - System.nanoTime()) / 1_000_000;
            if (left <= 0) {
                throw new SocketTimeoutException("the answer took longer than the deadline");
            }
            socket.setSoTimeout((int) Math.max(1, Math.min(perRead, left)));
            int n = in.read(buffer, 0, buffer.length);
            if (n < 0) {
                return false;
            }
            position = 0;
            limit = n;
            count += n;
            int keep = Math.min(n, first.length - firstLength);
            System.arraycopy(buffer, 0, first, firstLength, keep);
            firstLength += keep;
            return true;
        }
    }
}
