package com.vecton.crm.adapter.out.files;

import com.vecton.crm.application.port.out.BlobStore;
import com.vecton.crm.domain.file.ContentHash;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.NoSuchElementException;
import java.util.UUID;

/**
 * {@link BlobStore} on a local (or shared, mounted) directory, {@code FILES_DIR}:
 * {@code blobs/ab/cd/<sha256>} for published content, {@code staging/<token>.part} for content
 * still arriving. Both are below one root, on one file system, so publishing is one atomic rename:
 * a reader, a crash or another replica sees either no file or the whole one, never a half. Staged
 * files are forced to disk before the rename and the directory after it, so a published file
 * survives a power cut with its content.
 *
 * <p>Every path is made here from a {@link ContentHash} (64 hex digits) or a staging token (32 hex
 * digits), both checked by their types, and checked again to resolve below the root: nothing a
 * client sent (a file name, a folder name) ever reaches a path.
 */
public final class LocalBlobStore implements BlobStore {
    private static final int BUFFER = 64 * 1024;
    private static final String PART = ".part";

    private final Path root;
    private final Path blobs;
    private final Path staging;

    public LocalBlobStore(Path root) {
        try {
            this.root =
                    Files.createDirectories(root.toAbsolutePath().normalize()).toRealPath();
            this.blobs = Files.createDirectories(this.root.resolve("blobs"));
            this.staging = Files.createDirectories(this.root.resolve("staging"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot use " + root + " as the file store", e);
        }
    }

    public Path root() {
        return root;
    }

    @Override
    public StagedBlob stage(InputStream content) {
        String token = UUID.randomUUID().toString().replace("-", "");
        Path part = stagedPath(token);
        MessageDigest sha256 = sha256();
        long size = 0;
        try (FileChannel channel = FileChannel.open(part, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                OutputStream out = new DigestOutputStream(Channels.newOutputStream(channel), sha256)) {
            byte[] buffer = new byte[BUFFER];
            for (int n; (n = content.read(buffer)) >= 0; ) {
                out.write(buffer, 0, n);
                size += n;
            }
            out.flush();
            channel.force(true);
        } catch (IOException | RuntimeException e) {
            deleteQuietly(part, e);
            if (e instanceof IOException io) {
                throw new UncheckedIOException("could not stage an upload", io);
            }
            throw (RuntimeException) e;
        }
        return new StagedBlob(token, new ContentHash(HexFormat.of().formatHex(sha256.digest())), size);
    }

    @Override
    public InputStream openStaged(StagedBlob staged) {
        try {
            return Files.newInputStream(stagedPath(staged.token()));
        } catch (IOException e) {
            throw new UncheckedIOException("staged content is gone", e);
        }
    }

    @Override
    public void publish(StagedBlob staged) {
        Path part = stagedPath(staged.token());
        Path target = blobPath(staged.hash());
        try {
            if (Files.exists(target)) {
                Files.deleteIfExists(part);
                return;
            }
            Files.createDirectories(target.getParent());
            try {
                Files.move(part, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                throw new IllegalStateException("the file store's root must be one file system: " + root, e);
            }
            forceDirectory(target.getParent());
        } catch (FileAlreadyExistsException e) {
            deleteQuietly(part, e);
        } catch (IOException e) {
            throw new UncheckedIOException("could not publish content " + staged.hash(), e);
        }
    }

    @Override
    public void discard(StagedBlob staged) {
        try {
            Files.deleteIfExists(stagedPath(staged.token()));
        } catch (IOException e) {
            throw new UncheckedIOException("could not drop staged content", e);
        }
    }

    @Override
    public boolean exists(ContentHash hash) {
        return Files.isRegularFile(blobPath(hash));
    }

    @Override
    public InputStream open(ContentHash hash, long offset, long length) {
        if (offset < 0 || length < -1) {
            throw new IllegalArgumentException("a range starts at 0 or later and has a length or -1");
        }
        try {
            FileChannel channel = FileChannel.open(blobPath(hash), StandardOpenOption.READ);
            channel.position(offset);
            InputStream in = Channels.newInputStream(channel);
            return length < 0 ? in : new BoundedInputStream(in, length);
        } catch (NoSuchFileException e) {
            throw new NoSuchElementException("no content stored under " + hash);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read content " + hash, e);
        }
    }

    @Override
    public void delete(ContentHash hash) {
        try {
            Files.deleteIfExists(blobPath(hash));
        } catch (IOException e) {
            throw new UncheckedIOException("could not delete content " + hash, e);
        }
    }

    @Override
    public int sweepStaging(Instant before) {
        int removed = 0;
        try (DirectoryStream<Path> parts = Files.newDirectoryStream(staging, "*" + PART)) {
            for (Path part : parts) {
                try {
                    if (Files.getLastModifiedTime(part).toInstant().isBefore(before) && Files.deleteIfExists(part)) {
                        removed++;
                    }
                } catch (NoSuchFileException gone) {
                    // another replica swept it first
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not sweep the staging directory", e);
        }
        return removed;
    }

    /** {@code blobs/ab/cd/abcd…}: two levels of 256 directories, so no directory holds millions of files. */
    Path blobPath(ContentHash hash) {
        String hex = hash.hex();
        return inside(
                blobs.resolve(hex.substring(0, 2)).resolve(hex.substring(2, 4)).resolve(hex));
    }

    Path stagedPath(String token) {
        if (token == null || !token.matches("[0-9a-f]{32}")) {
            throw new IllegalArgumentException("not a staging token");
        }
        return inside(staging.resolve(token + PART));
    }

    /** The last line of defence: a path that does not resolve below the root is a bug, never served. */
    private Path inside(Path path) {
        Path normal = path.toAbsolutePath().normalize();
        if (!normal.startsWith(root)) {
            throw new IllegalArgumentException("a path outside the file store");
        }
        return normal;
    }

    private static void forceDirectory(Path directory) {
        try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            // Some file systems cannot open a directory for reading (Windows); the rename stands.
        }
    }

    private static void deleteQuietly(Path path, Exception cause) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            cause.addSuppressed(e);
        }
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
