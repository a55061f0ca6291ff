package com.vecton.crm.bootstrap;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The Postgres of {@code dev} when no {@code DATABASE_URL} is given: an embedded server whose
 * data lives under {@code ./data/pg} and is kept between runs, so sample data loads only once.
 */
final class EmbeddedDevDatabase implements AutoCloseable {
    private final EmbeddedPostgres postgres;

    private EmbeddedDevDatabase(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    static EmbeddedDevDatabase start(Path root) {
        try {
            Path data = Files.createDirectories(root.resolve("pg"));
            Path work = Files.createDirectories(root.resolve("pg-work"));
            return new EmbeddedDevDatabase(EmbeddedPostgres.builder()
                    .setDataDirectory(data)
                    .setCleanDataDirectory(false)
                    .setOverrideWorkingDirectory(work.toFile())
                    .start());
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the embedded Postgres under " + root, e);
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
