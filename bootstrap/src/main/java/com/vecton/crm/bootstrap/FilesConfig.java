package com.vecton.crm.bootstrap;

import java.net.URI;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * How files are stored and limited (issue 13), read from the environment with the rest of the
 * configuration: {@code FILES_STORE} ({@code local} under {@code FILES_DIR}, or {@code s3} with
 * {@code S3_*}), {@code MEDIA_MAX_BYTES}, {@code MEDIA_MAX_PIXELS}, {@code DOCUMENT_CHAIN_LIMIT_BYTES}.
 */
record FilesConfig(
        String store,
        Path dir,
        Optional<S3> s3,
        long mediaMaxBytes,
        long mediaMaxPixels,
        long documentChainLimitBytes) {
    static final String LOCAL = "local";
    static final String S3_STORE = "s3";

    static final long DEFAULT_MEDIA_MAX_BYTES = 25L * 1024 * 1024;
    static final long DEFAULT_MEDIA_MAX_PIXELS = 50_000_000L;

    /** The bucket of {@code FILES_STORE=s3}; the endpoint for S3-compatible servers, the keys unless the SDK's defaults. */
    record S3(
            Optional<URI> endpoint,
            String bucket,
            String region,
            Optional<String> accessKeyId,
            Optional<String> secretAccessKey) {}

    static FilesConfig read(Environment e) {
        String store = e.text("FILES_STORE", LOCAL).toLowerCase(Locale.ROOT);
        Optional<S3> s3;
        if (store.equals(S3_STORE)) {
            var accessKey = e.optional("S3_ACCESS_KEY_ID");
            var secret = e.optional("S3_SECRET_ACCESS_KEY");
            if (accessKey.isPresent() != secret.isPresent()) {
                throw new ConfigException(
                        accessKey.isPresent() ? "S3_SECRET_ACCESS_KEY" : "S3_ACCESS_KEY_ID",
                        "is required with the other key (or leave both out for the SDK's default credentials)");
            }
            s3 = Optional.of(new S3(
                    e.httpUrl("S3_ENDPOINT"),
                    e.required("S3_BUCKET"),
                    e.text("S3_REGION", "us-east-1"),
                    accessKey,
                    secret));
        } else if (store.equals(LOCAL)) {
            s3 = Optional.empty();
        } else {
            throw new ConfigException("FILES_STORE", "must be local or s3, was '" + store + "'");
        }
        return new FilesConfig(
                store,
                e.path("FILES_DIR", "./data/files"),
                s3,
                positive(e, "MEDIA_MAX_BYTES", DEFAULT_MEDIA_MAX_BYTES),
                positive(e, "MEDIA_MAX_PIXELS", DEFAULT_MEDIA_MAX_PIXELS),
                positive(e, "DOCUMENT_CHAIN_LIMIT_BYTES", com.vecton.crm.domain.document.ChainLimit.DEFAULT_BYTES));
    }

    private static long positive(Environment e, String name, long fallback) {
        Optional<String> raw = e.optional(name);
        if (raw.isEmpty()) {
            return fallback;
        }
        try {
            long value = Long.parseLong(raw.get());
            if (value < 1) {
                throw new ConfigException(name, "must be at least 1, was " + raw.get());
            }
            return value;
        } catch (NumberFormatException ex) {
            throw new ConfigException(name, "must be a whole number, was '" + raw.get() + "'");
        }
    }
}
