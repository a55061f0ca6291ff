package com.vecton.crm.adapter.out.files;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.vecton.crm.application.port.out.BlobStore;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;

/**
 * The blob store contract on a real S3-protocol server: {@code CRM_TEST_S3_ENDPOINT} (default
 * {@code http://127.0.0.1:4569}, the s3rver that {@code .ci/run} starts), with
 * {@code CRM_TEST_S3_ACCESS_KEY_ID}/{@code CRM_TEST_S3_SECRET_ACCESS_KEY} (default s3rver's
 * {@code S3RVER}) and {@code CRM_TEST_S3_REGION} ({@code us-east-1}); each test gets a bucket of its
 * own. When the endpoint is set explicitly it must answer; the default one is skipped when nothing
 * listens there (a developer's machine without s3rver).
 */
class S3BlobStoreContractTest extends BlobStoreContract {
    private static URI endpoint;

    @BeforeAll
    static void findServer() {
        String configured = System.getenv("CRM_TEST_S3_ENDPOINT");
        endpoint = URI.create(configured == null ? "http://127.0.0.1:4569" : configured);
        boolean answers = answers(endpoint);
        if (configured != null && !answers) {
            throw new IllegalStateException("CRM_TEST_S3_ENDPOINT " + configured + " does not answer");
        }
        assumeTrue(answers, "no S3 server at " + endpoint + " (start s3rver, or set CRM_TEST_S3_ENDPOINT)");
    }

    private static boolean answers(URI uri) {
        try (var socket = new Socket()) {
            socket.connect(new InetSocketAddress(uri.getHost(), uri.getPort() < 0 ? 80 : uri.getPort()), 1_000);
            return true;
        } catch (java.io.IOException e) {
            return false;
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    @Override
    protected BlobStore store() {
        return S3BlobStore.connect(
                        Optional.of(endpoint),
                        "crm-test-" + UUID.randomUUID().toString().substring(0, 8),
                        env("CRM_TEST_S3_REGION", "us-east-1"),
                        Optional.of(env("CRM_TEST_S3_ACCESS_KEY_ID", "S3RVER")),
                        Optional.of(env("CRM_TEST_S3_SECRET_ACCESS_KEY", "S3RVER")))
                .ensureBucket();
    }
}
