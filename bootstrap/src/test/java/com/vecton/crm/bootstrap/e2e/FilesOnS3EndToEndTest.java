package com.vecton.crm.bootstrap.e2e;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.vecton.crm.adapter.out.files.S3BlobStore;
import com.vecton.crm.adapter.out.identity.testing.TestTokens;
import com.vecton.crm.domain.testing.SampleContent;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The server with {@code FILES_STORE=s3} on a real S3-protocol server (see S3BlobStoreContractTest
 * for which): an upload over HTTP lands in the bucket and comes back whole, with a range.
 */
class FilesOnS3EndToEndTest {
    private static CrmHarness crm;

    @BeforeAll
    static void start() {
        String configured = System.getenv("CRM_TEST_S3_ENDPOINT");
        URI endpoint = URI.create(configured == null ? "http://127.0.0.1:4569" : configured);
        boolean answers;
        try (var socket = new Socket()) {
            socket.connect(new InetSocketAddress(endpoint.getHost(), endpoint.getPort()), 1_000);
            answers = true;
        } catch (java.io.IOException e) {
            answers = false;
        }
        if (configured != null && !answers) {
            throw new IllegalStateException("CRM_TEST_S3_ENDPOINT " + configured + " does not answer");
        }
        assumeTrue(answers, "no S3 server at " + endpoint);
        String bucket = "crm-e2e-" + UUID.randomUUID().toString().substring(0, 8);
        S3BlobStore.connect(Optional.of(endpoint), bucket, "us-east-1", Optional.of("S3RVER"), Optional.of("S3RVER"))
                .ensureBucket();
        crm = CrmHarness.start(Map.of(
                "FILES_STORE", "s3",
                "S3_ENDPOINT", endpoint.toString(),
                "S3_BUCKET", bucket,
                "S3_REGION", "us-east-1",
                "S3_ACCESS_KEY_ID", "S3RVER",
                "S3_SECRET_ACCESS_KEY", "S3RVER"));
    }

    @AfterAll
    static void stop() {
        if (crm != null) {
            crm.close();
        }
    }

    @Test
    void an_upload_is_kept_in_the_bucket_and_downloaded_whole_and_in_part() throws Exception {
        byte[] png = SampleContent.png(300, 200);
        var created = crm.send(crm.request("/api/media", TestTokens.ADMIN)
                .header("Content-Type", MultipartBody.CONTENT_TYPE)
                .POST(MultipartBody.publisher("s3.png", png)));
        assertEquals(201, created.status(), created::toString);
        long id = created.json().path("data").path("id").asLong();
        var client =
                HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        var whole = client.send(
                crm.request("/api/media/" + id + "/download", TestTokens.ADMIN)
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, whole.statusCode());
        assertArrayEquals(png, whole.body());
        var part = client.send(
                crm.request("/api/media/" + id + "/download", TestTokens.ADMIN)
                        .header("Range", "bytes=1-3")
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(206, part.statusCode());
        assertArrayEquals(new byte[] {'P', 'N', 'G'}, part.body());
    }
}
