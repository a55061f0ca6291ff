package com.vecton.crm.bootstrap;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The Postgres of {@code dev} when no {@code DATABASE_URL} is given: an embedded server whose
 * data lives under {@code ./data/pg} and is kept between runs, so sample data loads only once.
 */
final class EmbeddedDevDatabase implements AutoCloseable {
    /** The file in the data directory that the embedded Postgres locks while it runs. */
    static final String LOCK_FILE = "epg-lock";

    private final EmbeddedPostgres postgres;

    private EmbeddedDevDatabase(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /**
     * Starts the server on the data under {@code root/pg}, creating it on the first run.
     *
     * @throws StartRefused when another process (a {@code dev} already running in this directory)
     *         holds the data directory's lock
     */
    static EmbeddedDevDatabase start(Path root) {
        Path data;
        Path work;
        try {
            data = Files.createDirectories(root.resolve("pg"));
            work = Files.createDirectories(root.resolve("pg-work"));
        } catch (IOException e) {
            throw new UncheckedIOException("could not create the embedded Postgres's folders under " + root, e);
        }
        try {
            return new EmbeddedDevDatabase(EmbeddedPostgres.builder()
                    .setDataDirectory(data)
                    .setCleanDataDirectory(false)
                    .setOverrideWorkingDirectory(work.toFile())
                    .start());
        } catch (IOException | RuntimeException e) {
            if (lockedByAnotherProcess(data.resolve(LOCK_FILE))) {
                throw new StartRefused(
                        "dev: another crm dev is already running in this directory (it holds "
                                + data.toAbsolutePath().normalize()
                                + "); stop that one first (Ctrl-C in its terminal), or start this"
                                + " one from another directory, which gets its own ./data, and on another port (PORT=8081, say)");
            }
            if (e instanceof IOException io) {
                throw new UncheckedIOException("could not start the embedded Postgres under " + root, io);
            }
            throw (RuntimeException) e;
        }
    }

    /**
     * Whether a process other than this one holds the lock the embedded Postgres takes on its data
     * directory. Asked of the lock itself rather than read from the library's message, which is
     * not an API ("could not lock data/pg/epg-lock").
     */
    private static boolean lockedByAnotherProcess(Path lockFile) {
        if (!Files.exists(lockFile)) {
            return false;
        }
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE);
                FileLock lock = channel.tryLock()) {
            return lock == null;
        } catch (OverlappingFileLockException thisProcessHoldsIt) {
            return false;
        } catch (IOException e) {
            return false;
        }
    }

    /** A JDBC URL of the named database on this server (user {@code postgres}). */
    String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/" + database;
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
