package com.vecton.crm.adapter.in.rest.file;

import com.vecton.crm.adapter.in.rest.problem.ProblemJson;
import com.vecton.crm.application.port.in.file.StoredContent;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How stored content is answered, for every download route: streamed from the store as it is
 * written (never read whole), with the type detected at upload, {@code Content-Disposition:
 * attachment} and a safe RFC 6266 file name, {@code X-Content-Type-Options: nosniff} and a
 * sandboxing {@code Content-Security-Policy} (so even a PDF with JavaScript or a PNG that is also
 * HTML is never run in our origin), {@code ETag} = the content's SHA-256, {@code If-None-Match}
 * ({@code 304}) and one byte range ({@code Range}, {@code 206}; several ranges are answered with the
 * whole content, as RFC 9110 allows; {@code If-Range} with another tag too).
 */
public final class Downloads {
    /** The stable error code of a range that lies wholly past the content. */
    public static final String RANGE_NOT_SATISFIABLE = "range_not_satisfiable";

    private static final Pattern ONE_RANGE = Pattern.compile("bytes=(\\d{0,19})-(\\d{0,19})");

    private Downloads() {}

    /** What a download answers: its content's hash, size, type and the name offered to save it as. */
    public record Served(String sha256, long size, String mediaType, String filename, StoredContent content) {}

    public static Response answer(ContainerRequestContext request, Served file) {
        String tag = "\"" + file.sha256() + "\"";
        String ifNoneMatch = request.getHeaderString(HttpHeaders.IF_NONE_MATCH);
        if (ifNoneMatch != null && namesTag(ifNoneMatch, file.sha256())) {
            return Response.notModified().header(HttpHeaders.ETAG, tag).build();
        }
        var range = range(request, file, tag);
        if (range.isPresent() && range.get().unsatisfiable()) {
            return Response.status(416)
                    .header("Content-Range", "bytes */" + file.size())
                    .entity(ProblemJson.of(
                            416,
                            RANGE_NOT_SATISFIABLE,
                            "The range lies outside the content's " + file.size() + " bytes."))
                    .type(ProblemJson.MEDIA_TYPE)
                    .build();
        }
        long offset = range.map(Range::first).orElse(0L);
        long length = range.map(r -> r.last() - r.first() + 1).orElse(file.size());
        StreamingOutput body = out -> {
            try (InputStream in = file.content().open(offset, length)) {
                in.transferTo(out);
            }
        };
        var answer = Response.status(range.isPresent() ? 206 : 200)
                .entity(body)
                .type(MediaType.valueOf(file.mediaType()))
                .header(HttpHeaders.CONTENT_LENGTH, length)
                .header(HttpHeaders.ETAG, tag)
                .header("Accept-Ranges", "bytes")
                .header("Content-Disposition", contentDisposition(file.filename()))
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "default-src 'none'; sandbox")
                .header(HttpHeaders.CACHE_CONTROL, "private, no-cache");
        range.ifPresent(r -> answer.header("Content-Range", "bytes " + r.first() + "-" + r.last() + "/" + file.size()));
        return answer.build();
    }

    /**
     * {@code attachment; filename="…"; filename*=UTF-8''…} (RFC 6266): the quoted name keeps only
     * printable ASCII without quotes and backslashes (others become {@code _}), the extended one
     * the whole name, percent-encoded.
     */
    public static String contentDisposition(String filename) {
        var ascii = new StringBuilder();
        filename.codePoints()
                .forEach(cp -> ascii.append(cp >= 0x20 && cp < 0x7F && cp != '"' && cp != '\\' ? (char) cp : '_'));
        String encoded = URLEncoder.encode(filename, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }

    private static boolean namesTag(String header, String sha256) {
        for (String candidate : header.split(",")) {
            String t = candidate.strip();
            if (t.equals("*")) {
                return true;
            }
            if (t.startsWith("W/")) {
                t = t.substring(2);
            }
            if (t.equals("\"" + sha256 + "\"")) {
                return true;
            }
        }
        return false;
    }

    private static Optional<Range> range(ContainerRequestContext request, Served file, String tag) {
        String header = request.getHeaderString("Range");
        if (header == null) {
            return Optional.empty();
        }
        String ifRange = request.getHeaderString("If-Range");
        if (ifRange != null && !ifRange.strip().equals(tag)) {
            return Optional.empty();
        }
        Matcher m = ONE_RANGE.matcher(header.strip());
        if (!m.matches() || (m.group(1).isEmpty() && m.group(2).isEmpty())) {
            return Optional.empty(); // several ranges, another unit, or nonsense: the whole content
        }
        long size = file.size();
        try {
            if (m.group(1).isEmpty()) {
                long suffix = Long.parseLong(m.group(2));
                if (suffix == 0 || size == 0) {
                    return Optional.of(Range.UNSATISFIABLE);
                }
                return Optional.of(new Range(Math.max(0, size - suffix), size - 1));
            }
            long first = Long.parseLong(m.group(1));
            long last = m.group(2).isEmpty() ? size - 1 : Math.min(Long.parseLong(m.group(2)), size - 1);
            if (!m.group(2).isEmpty() && Long.parseLong(m.group(2)) < first) {
                return Optional.empty(); // invalid: ignored, as RFC 9110 says
            }
            if (first >= size) {
                return Optional.of(Range.UNSATISFIABLE);
            }
            return Optional.of(new Range(first, last));
        } catch (NumberFormatException tooLarge) {
            return Optional.empty();
        }
    }

    private record Range(long first, long last) {
        static final Range UNSATISFIABLE = new Range(-1, -1);

        boolean unsatisfiable() {
            return first < 0;
        }
    }
}
