package com.vecton.crm.adapter.in.rest.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Sends bytes that no HTTP client library would send (control characters in headers, malformed
 * escapes, an empty Host) over a plain socket, and reads one HTTP/1.1 answer back.
 */
public final class RawHttp {
    private static final int READ_TIMEOUT_MILLIS = 10_000;

    private RawHttp() {}

    /** One answer: status, headers as sent, and the body decoded as UTF-8. */
    public record Answer(int status, List<String[]> headers, String body) {
        public Optional<String> header(String name) {
            return headers.stream()
                    .filter(h -> h[0].equalsIgnoreCase(name))
                    .map(h -> h[1])
                    .findFirst();
        }
    }

    /** The request is written as ISO-8859-1, so each char below 256 is exactly one byte on the wire. */
    public static Answer send(URI server, String request) {
        return send(server, request.getBytes(StandardCharsets.ISO_8859_1));
    }

    public static Answer send(URI server, byte[] request) {
        try (var socket = new Socket(server.getHost(), server.getPort())) {
            socket.setSoTimeout(READ_TIMEOUT_MILLIS);
            socket.getOutputStream().write(request);
            socket.getOutputStream().flush();
            return read(socket.getInputStream());
        } catch (IOException e) {
            throw new UncheckedIOException("no complete answer to a raw request", e);
        }
    }

    private static Answer read(InputStream in) throws IOException {
        while (true) {
            String statusLine = line(in);
            int status = Integer.parseInt(statusLine.split(" ", 3)[1]);
            var headers = new ArrayList<String[]>();
            for (String line = line(in); !line.isEmpty(); line = line(in)) {
                int colon = line.indexOf(':');
                headers.add(new String[] {
                    line.substring(0, colon).strip(), line.substring(colon + 1).strip()
                });
            }
            if (status == 100) {
                continue;
            }
            var answer = new Answer(status, List.copyOf(headers), "");
            String length = answer.header("Content-Length").orElse(null);
            byte[] body;
            if (length != null) {
                body = in.readNBytes(Integer.parseInt(length));
            } else if (answer.header("Transfer-Encoding")
                    .map(v -> v.toLowerCase(Locale.ROOT).contains("chunked"))
                    .orElse(false)) {
                body = chunks(in);
            } else if (status == 204 || status == 304) {
                body = new byte[0];
            } else {
                body = in.readAllBytes();
            }
            return new Answer(status, answer.headers(), new String(body, StandardCharsets.UTF_8));
        }
    }

    private static byte[] chunks(InputStream in) throws IOException {
        var out = new ByteArrayOutputStream();
        while (true) {
            String size = line(in);
            int n = Integer.parseInt(size.split(";", 2)[0].strip(), 16);
            if (n == 0) {
                for (String trailer = line(in); !trailer.isEmpty(); trailer = line(in)) {
                    // trailers carry nothing we check
                }
                return out.toByteArray();
            }
            out.write(in.readNBytes(n));
            line(in);
        }
    }

    private static String line(InputStream in) throws IOException {
        var out = new ByteArrayOutputStream();
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0) {
                throw new IOException("the connection closed mid-answer");
            }
            if (b != '\r') {
                out.write(b);
            }
        }
        return out.toString(StandardCharsets.ISO_8859_1);
    }
}
