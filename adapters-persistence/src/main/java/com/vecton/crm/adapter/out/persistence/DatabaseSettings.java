package com.vecton.crm.adapter.out.persistence;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where the tenant's Postgres database is, how large a pool to keep to it, and how long a request
 * may wait for it. The password never appears in {@link #toString()}, so settings can be logged.
 *
 * @param jdbcUrl          {@code jdbc:postgresql://host[:port]/database[?params]}; the database name is required
 * @param password         may be empty (trust or peer authentication); {@code null} is read as empty
 * @param poolSize         the most connections the pool opens, 1..1000
 * @param connectTimeout   how long a request waits for a pooled connection before it is answered
 *                         {@code 503 database_unavailable}; 250 ms (Hikari's least) to 60 s
 * @param statementTimeout the server's {@code statement_timeout} on request connections, after which
 *                         a statement is cancelled ({@code 503 database_timeout}); 100 ms to 10 min.
 *                         Migrations run without it.
 */
public record DatabaseSettings(
        String jdbcUrl,
        String user,
        String password,
        int poolSize,
        Duration connectTimeout,
        Duration statementTimeout) {
    /** Longer than a healthy pool ever makes a request wait for a connection, short enough to fail fast. */
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(2);
    /** Far above the slowest request query (a search of a million rows: 0.4 s), below a client's patience. */
    public static final Duration DEFAULT_STATEMENT_TIMEOUT = Duration.ofSeconds(15);

    public static final Duration MIN_CONNECT_TIMEOUT = Duration.ofMillis(250);
    public static final Duration MAX_CONNECT_TIMEOUT = Duration.ofSeconds(60);
    public static final Duration MIN_STATEMENT_TIMEOUT = Duration.ofMillis(100);
    public static final Duration MAX_STATEMENT_TIMEOUT = Duration.ofMinutes(10);

    /** Host part, database name and parameters of a JDBC URL; hosts may be a comma-separated list. */
    private static final Pattern URL = Pattern.compile("(jdbc:postgresql://[^/?]+/)([^/?]+)(\\?.*)?");

    private static final Pattern DATABASE_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_$-]{0,62}");
    private static final int MAX_POOL_SIZE = 1000;

    public DatabaseSettings {
        if (jdbcUrl == null || !URL.matcher(jdbcUrl).matches()) {
            throw new IllegalArgumentException(
                    "the database URL must look like jdbc:postgresql://host:port/database, got " + redact(jdbcUrl));
        }
        if (!DATABASE_NAME.matcher(databaseName(jdbcUrl)).matches()) {
            throw new IllegalArgumentException("the database name in the URL must be a plain identifier (letters, "
                    + "digits, _, $ or -, at most 63), got " + databaseName(jdbcUrl));
        }
        if (user == null || user.isBlank()) {
            throw new IllegalArgumentException("the database user is required");
        }
        password = password == null ? "" : password;
        if (poolSize < 1 || poolSize > MAX_POOL_SIZE) {
            throw new IllegalArgumentException("the pool size must be 1.." + MAX_POOL_SIZE + ", got " + poolSize);
        }
        requireWithin("connect timeout", connectTimeout, MIN_CONNECT_TIMEOUT, MAX_CONNECT_TIMEOUT);
        requireWithin("statement timeout", statementTimeout, MIN_STATEMENT_TIMEOUT, MAX_STATEMENT_TIMEOUT);
    }

    /** The default timeouts. */
    public DatabaseSettings(String jdbcUrl, String user, String password, int poolSize) {
        this(jdbcUrl, user, password, poolSize, DEFAULT_CONNECT_TIMEOUT, DEFAULT_STATEMENT_TIMEOUT);
    }

    /** The database the URL names, e.g. {@code crm}. */
    public String databaseName() {
        return databaseName(jdbcUrl);
    }

    /** The same server, user, pool size and timeouts, another database (e.g. {@code postgres} for maintenance). */
    public DatabaseSettings withDatabase(String name) {
        Matcher m = matcher(jdbcUrl);
        String params = m.group(3) == null ? "" : m.group(3);
        return new DatabaseSettings(
                m.group(1) + name + params, user, password, poolSize, connectTimeout, statementTimeout);
    }

    public DatabaseSettings withPoolSize(int size) {
        return new DatabaseSettings(jdbcUrl, user, password, size, connectTimeout, statementTimeout);
    }

    public DatabaseSettings withTimeouts(Duration connect, Duration statement) {
        return new DatabaseSettings(jdbcUrl, user, password, poolSize, connect, statement);
    }

    @Override
    public String toString() {
        return "DatabaseSettings[jdbcUrl=" + redact(jdbcUrl) + ", user=" + user + ", password="
                + (password.isEmpty() ? "(none)" : "(set)") + ", poolSize=" + poolSize + ", connectTimeout="
                + connectTimeout + ", statementTimeout=" + statementTimeout + "]";
    }

    private static void requireWithin(String what, Duration value, Duration min, Duration max) {
        if (value == null || value.compareTo(min) < 0 || value.compareTo(max) > 0) {
            throw new IllegalArgumentException("the " + what + " must be " + min.toMillis() + ".." + max.toMillis()
                    + " ms, got " + (value == null ? "nothing" : value.toMillis() + " ms"));
        }
    }

    private static String databaseName(String url) {
        return matcher(url).group(2);
    }

    private static Matcher matcher(String url) {
        Matcher m = URL.matcher(url);
        if (!m.matches()) {
            throw new IllegalStateException("validated in the constructor");
        }
        return m;
    }

    /** A URL may carry {@code password=...} among its parameters; never echo it. */
    static String redact(String url) {
        return url == null ? "nothing" : url.replaceAll("(?i)(password=)[^&]*", "$1***");
    }
}
