package com.vecton.crm.adapter.out.identity;

import java.io.InputStream;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;

/** Builds the identity directory the composition root wires in: the chosen source, cached. */
public final class IdentityDirectories {
    private IdentityDirectories() {}

    /** {@code IDENTITY_URL}: the identity service over HTTP, cached. */
    public static CachingIdentityDirectory http(URI baseUrl, String tenantId, Duration timeout) {
        return new CachingIdentityDirectory(new HttpIdentityDirectory(baseUrl, tenantId, timeout), tenantId);
    }

    /**
     * {@code IDENTITY_FILE}: a static identity file, cached like the HTTP service so that the
     * gate behaves the same in a demo.
     *
     * @throws IllegalArgumentException when the file is missing or malformed
     */
    public static CachingIdentityDirectory staticFile(Path file, String tenantId) {
        return new CachingIdentityDirectory(StaticIdentityDirectory.fromFile(file), tenantId);
    }

    /** As {@link #staticFile(Path, String)}, from a stream (e.g. a sample in the jar) that the caller closes. */
    public static CachingIdentityDirectory staticStream(InputStream json, String tenantId) {
        return new CachingIdentityDirectory(StaticIdentityDirectory.fromStream(json), tenantId);
    }
}
