package com.vecton.crm.adapter.out.files;

import com.vecton.crm.application.port.out.BlobStore;
import com.vecton.crm.domain.file.ContentHash;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.UUID;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.CompletedMultipartUpload;
import software.amazon.awssdk.services.s3.model.CompletedPart;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * {@link BlobStore} on an S3 bucket ({@code FILES_STORE=s3}), with the AWS SDK v2: published content
 * under {@code blobs/ab/cd/<sha256>}, content still arriving under {@code staging/<token>}. An upload
 * streams through one buffer of {@link #PART_SIZE} bytes: a small file is one {@code PutObject}, a
 * larger one a multipart upload of such parts, hashed on the way, so no file is ever held whole.
 * Publishing is a server-side copy to the hash's key (S3 has no rename; an object appears whole or
 * not at all), then the staged object is deleted. Keys are made only of hashes and random tokens.
 */
public final class S3BlobStore implements BlobStore {
    /** S3's smallest part but the last; the memory one upload holds. */
    static final int PART_SIZE = 8 * 1024 * 1024;

    private final S3Client s3;
    private final String bucket;

    S3BlobStore(S3Client s3, String bucket) {
        this.s3 = s3;
        this.bucket = bucket;
    }

    /**
     * A store on {@code bucket}; {@code endpoint} for S3-compatible servers (path-style addressing),
     * empty for AWS; the keys, or the SDK's default credentials when absent.
     */
    public static S3BlobStore connect(
            Optional<URI> endpoint,
            String bucket,
            String region,
            Optional<String> accessKeyId,
            Optional<String> secret) {
        AwsCredentialsProvider credentials = accessKeyId.isPresent() && secret.isPresent()
                ? StaticCredentialsProvider.create(AwsBasicCredentials.create(accessKeyId.get(), secret.get()))
                : DefaultCredentialsProvider.builder().build();
        var builder = S3Client.builder()
                .region(Region.of(region))
                .credentialsProvider(credentials)
                .httpClient(UrlConnectionHttpClient.create())
                // Checksums only where S3 requires them: S3-compatible servers often know no others.
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
                // Whole signed parts rather than aws-chunked streaming signatures, which S3-compatible
                // servers (s3rver among them) store verbatim; a part is in memory anyway.
                .serviceConfiguration(software.amazon.awssdk.services.s3.S3Configuration.builder()
                        .chunkedEncodingEnabled(false)
                        .build());
        endpoint.ifPresent(uri -> builder.endpointOverride(uri).forcePathStyle(true));
        return new S3BlobStore(builder.build(), bucket);
    }

    /** Creates the bucket when it does not exist (tests and first runs against a fresh S3-compatible server). */
    public S3BlobStore ensureBucket() {
        try {
            s3.headBucket(b -> b.bucket(bucket));
        } catch (S3Exception missing) {
            s3.createBucket(b -> b.bucket(bucket));
        }
        return this;
    }

    @Override
    public StagedBlob stage(InputStream content) {
        String token = UUID.randomUUID().toString().replace("-", "");
        String key = stagedKey(token);
        MessageDigest sha256 = LocalBlobStore.sha256();
        byte[] buffer = new byte[PART_SIZE];
        String uploadId = null;
        var parts = new ArrayList<CompletedPart>();
        long size = 0;
        try {
            int filled = fill(content, buffer);
            sha256.update(buffer, 0, filled);
            size += filled;
            if (filled < PART_SIZE) {
                s3.putObject(
                        b -> b.bucket(bucket).key(key),
                        RequestBody.fromInputStream(new java.io.ByteArrayInputStream(buffer, 0, filled), filled));
            } else {
                String id =
                        s3.createMultipartUpload(b -> b.bucket(bucket).key(key)).uploadId();
                uploadId = id;
                int number = 1;
                while (filled > 0) {
                    int part = number;
                    int length = filled;
                    String etag = s3.uploadPart(
                                    b -> b.bucket(bucket)
                                            .key(key)
                                            .uploadId(id)
                                            .partNumber(part)
                                            .contentLength((long) length),
                                    RequestBody.fromInputStream(
                                            new java.io.ByteArrayInputStream(buffer, 0, length), length))
                            .eTag();
                    parts.add(
                            CompletedPart.builder().partNumber(part).eTag(etag).build());
                    number++;
                    filled = fill(content, buffer);
                    sha256.update(buffer, 0, filled);
                    size += filled;
                }
                s3.completeMultipartUpload(b -> b.bucket(bucket)
                        .key(key)
                        .uploadId(id)
                        .multipartUpload(
                                CompletedMultipartUpload.builder().parts(parts).build()));
                uploadId = null;
            }
        } catch (IOException | RuntimeException e) {
            dropQuietly(key, uploadId, e);
            if (e instanceof IOException io) {
                throw new UncheckedIOException("could not stage an upload", io);
            }
            throw (RuntimeException) e;
        }
        return new StagedBlob(token, new ContentHash(HexFormat.of().formatHex(sha256.digest())), size);
    }

    @Override
    public InputStream openStaged(StagedBlob staged) {
        return s3.getObject(b -> b.bucket(bucket).key(stagedKey(staged.token())));
    }

    @Override
    public void publish(StagedBlob staged) {
        String from = stagedKey(staged.token());
        if (!exists(staged.hash())) {
            s3.copyObject(b -> b.sourceBucket(bucket)
                    .sourceKey(from)
                    .destinationBucket(bucket)
                    .destinationKey(blobKey(staged.hash())));
        }
        s3.deleteObject(b -> b.bucket(bucket).key(from));
    }

    @Override
    public void discard(StagedBlob staged) {
        s3.deleteObject(b -> b.bucket(bucket).key(stagedKey(staged.token())));
    }

    @Override
    public boolean exists(ContentHash hash) {
        try {
            s3.headObject(b -> b.bucket(bucket).key(blobKey(hash)));
            return true;
        } catch (NoSuchKeyException e) {
            return false;
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                return false;
            }
            throw e;
        }
    }

    @Override
    public InputStream open(ContentHash hash, long offset, long length) {
        if (offset < 0 || length < -1) {
            throw new IllegalArgumentException("a range starts at 0 or later and has a length or -1");
        }
        if (length == 0) {
            if (!exists(hash)) {
                throw new NoSuchElementException("no content stored under " + hash);
            }
            return InputStream.nullInputStream();
        }
        String range = "bytes=" + offset + "-" + (length < 0 ? "" : Long.toString(offset + length - 1));
        try {
            return s3.getObject(b -> {
                b.bucket(bucket).key(blobKey(hash));
                if (offset > 0 || length >= 0) {
                    b.range(range);
                }
            });
        } catch (NoSuchKeyException e) {
            throw new NoSuchElementException("no content stored under " + hash);
        }
    }

    @Override
    public void delete(ContentHash hash) {
        s3.deleteObject(b -> b.bucket(bucket).key(blobKey(hash)));
    }

    @Override
    public int sweepStaging(Instant before) {
        int removed = 0;
        for (S3Object object : s3.listObjectsV2Paginator(b -> b.bucket(bucket).prefix("staging/"))
                .contents()) {
            if (object.lastModified().isBefore(before)) {
                s3.deleteObject(b -> b.bucket(bucket).key(object.key()));
                removed++;
            }
        }
        List<software.amazon.awssdk.services.s3.model.MultipartUpload> stale = new ArrayList<>();
        try {
            s3.listMultipartUploads(b -> b.bucket(bucket).prefix("staging/")).uploads().stream()
                    .filter(u -> u.initiated().isBefore(before))
                    .forEach(stale::add);
        } catch (S3Exception unsupported) {
            // Some S3-compatible servers do not list multipart uploads; their staged parts expire by bucket policy.
        }
        for (var upload : stale) {
            s3.abortMultipartUpload(b -> b.bucket(bucket).key(upload.key()).uploadId(upload.uploadId()));
        }
        return removed;
    }

    static String blobKey(ContentHash hash) {
        String hex = hash.hex();
        return "blobs/" + hex.substring(0, 2) + "/" + hex.substring(2, 4) + "/" + hex;
    }

    static String stagedKey(String token) {
        if (token == null || !token.matches("[0-9a-f]{32}")) {
            throw new IllegalArgumentException("not a staging token");
        }
        return "staging/" + token;
    }

    private static int fill(InputStream in, byte[] buffer) throws IOException {
        int filled = 0;
        while (filled < buffer.length) {
            int n = in.read(buffer, filled, buffer.length - filled);
            if (n < 0) {
                break;
            }
            filled += n;
        }
        return filled;
    }

    private void dropQuietly(String key, String uploadId, Exception cause) {
        try {
            if (uploadId != null) {
                s3.abortMultipartUpload(b -> b.bucket(bucket).key(key).uploadId(uploadId));
            } else {
                s3.deleteObject(b -> b.bucket(bucket).key(key));
            }
        } catch (RuntimeException e) {
            cause.addSuppressed(e);
        }
    }
}
