package com.vecton.crm.bootstrap;

import com.vecton.crm.adapter.out.identity.IdentityDirectories;
import com.vecton.crm.application.port.out.IdentityDirectory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Chooses the identity behind the gate: the HTTP service, or a static file (identity.md section 6). */
final class IdentityWiring {
    /** The sample identity shipped in the jar for {@code dev}. */
    static final String DEV_IDENTITY_RESOURCE = "/dev/identity.json";

    private IdentityWiring() {}

    static IdentityDirectory directory(CrmConfig config) {
        if (config.identityFile().isPresent()) {
            try {
                return IdentityDirectories.staticFile(config.identityFile().get(), config.tenantId());
            } catch (IllegalArgumentException e) {
                throw new ConfigException("IDENTITY_FILE", e.getMessage());
            }
        }
        return IdentityDirectories.http(
                config.identityUrl().orElseThrow(), config.tenantId(), config.identityTimeout());
    }

    /** {@code dev}: the configured identity if any, else the sample tokens shipped in the jar. */
    static IdentityDirectory devDirectory(CrmConfig config) {
        if (config.identityFile().isPresent() || config.identityUrl().isPresent()) {
            return directory(config);
        }
        return sampleDirectory(config.tenantId());
    }

    /** The sample identity shipped in the jar, whatever identity the process is configured with. */
    static IdentityDirectory sampleDirectory(String tenantId) {
        try (InputStream sample = IdentityWiring.class.getResourceAsStream(DEV_IDENTITY_RESOURCE)) {
            if (sample == null) {
                throw new IllegalStateException("the jar lacks " + DEV_IDENTITY_RESOURCE);
            }
            return IdentityDirectories.staticStream(sample, tenantId);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
