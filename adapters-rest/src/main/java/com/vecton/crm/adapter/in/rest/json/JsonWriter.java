package com.vecton.crm.adapter.in.rest.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectWriter;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.ext.MessageBodyWriter;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes every JSON answer ({@code application/json} and any {@code +json} type, problem details
 * included) with the API's one {@link Json#mapper()}. Request bodies are read by
 * {@code input.JsonBody}, so answers are all that Jackson does for Jersey.
 *
 * <p>In place of Jersey's Jackson provider, which finds its cached writer for an answer by a key
 * hashed from the resource method's annotations, on every answer (1 % of get-by-id's CPU samples,
 * bench/results-2026-12-01-cpu.md). The mapper caches a serializer per class itself; one writer,
 * made once, is all the lookup there is.
 *
 * <p>Bodies that are already bytes or text (the OpenAPI document is a {@code String}, streams
 * stream) are left to Jersey's own writers, as Jackson's provider leaves them.
 */
// JAX-RS has no "application/*+json": the writer is offered every application type, and takes
// application/json and the +json ones (problem+json, merge-patch+json).
@Produces({MediaType.APPLICATION_JSON, "application/*"})
public final class JsonWriter implements MessageBodyWriter<Object> {
    /** Jersey's stream may not be closed by the writer; it finishes the answer itself. */
    private static final ObjectWriter WRITER = Json.mapper().writer().without(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    private static final List<Class<?>> NOT_JSON = List.of(
            CharSequence.class,
            byte[].class,
            char[].class,
            InputStream.class,
            Reader.class,
            OutputStream.class,
            StreamingOutput.class,
            Response.class,
            File.class,
            Path.class);

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return isJson(mediaType) && NOT_JSON.stream().noneMatch(raw -> raw.isAssignableFrom(type));
    }

    @Override
    public void writeTo(
            Object value,
            Class<?> type,
            Type genericType,
            Annotation[] annotations,
            MediaType mediaType,
            MultivaluedMap<String, Object> headers,
            OutputStream body)
            throws IOException {
        WRITER.writeValue(body, value);
    }

    private static boolean isJson(MediaType mediaType) {
        return mediaType != null
                && "application".equals(mediaType.getType())
                && ("json".equals(mediaType.getSubtype())
                        || mediaType.getSubtype().endsWith("+json"));
    }
}
