package com.vecton.crm.adapter.in.rest.file;

import com.vecton.crm.domain.problem.ValidationFailed;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import java.io.InputStream;
import java.util.Optional;

/**
 * How every upload route reads its multipart body, written once: a declared length over the limit
 * is refused before a byte is read; then part by part, the first part named {@link #FILE_FIELD}
 * with a file name goes straight to the use case as a stream cut off past the limit ({@code 413},
 * {@link UploadLimit}), any other file is skipped, and every other field is read as text of at
 * most {@code maxFieldBytes} and handed to the route (which fields it knows is its own).
 */
public final class MultipartUpload {
    /** The form field of the file. */
    public static final String FILE_FIELD = "file";

    private MultipartUpload() {}

    /**
     * @param maxBytes      the largest file
     * @param maxFieldBytes the most any other field may hold
     * @param fields        what the route does with a field other than the file, in the order sent
     * @param file          what the route does with the file, called once, while the body streams
     * @return what {@code file} made, or empty when no file part came
     */
    public static <T> Optional<T> read(
            ContainerRequestContext request, long maxBytes, int maxFieldBytes, Field fields, File<T> file) {
        UploadLimit.checkDeclared(request.getHeaderString(HttpHeaders.CONTENT_LENGTH), maxBytes);
        var parts = MultipartStream.of(request.getEntityStream(), request.getHeaderString(HttpHeaders.CONTENT_TYPE));
        T made = null;
        for (var part = parts.next(); part.isPresent(); part = parts.next()) {
            var p = part.get();
            if (made == null && p.name().equals(FILE_FIELD) && p.filename().isPresent()) {
                made = file.receive(p.filename().get(), new UploadLimit(p.content(), maxBytes));
            } else if (p.filename().isPresent()) {
                p.skip();
            } else {
                fields.receive(p.name(), p.text(maxFieldBytes));
            }
        }
        return Optional.ofNullable(made);
    }

    /** For a route that takes no field besides the file (they are read, within their limit, and dropped). */
    public static Field noFields() {
        return (name, value) -> {};
    }

    /** The {@code 422} of an upload without its file; {@code where} tells what else the client must know. */
    public static ValidationFailed fileMissing(String where) {
        return ValidationFailed.of(FILE_FIELD, "is required (a form field named file, with a file name" + where + ")");
    }

    /** A form field other than the file. */
    @FunctionalInterface
    public interface Field {
        void receive(String name, String value);
    }

    /** The file, named as the client named it, streamed and cut off past the limit. */
    @FunctionalInterface
    public interface File<T> {
        T receive(String filename, InputStream content);
    }
}
