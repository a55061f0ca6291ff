package com.vecton.crm.adapter.out.persistence;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where the tenant's Postgres database is and how large a pool to keep to it. The password never
 * appears in {@link #toString()}, so settings can be logged.
 *
 * @param jdbcUrl  {@code jdbc:postgresql://host[:port]/database[?params]}; the database name is required
 * @param password may be empty (trust or peer authentication); {@code null} is read as empty
 * @param poolSize the most connections the pool opens, 1..1000
 */
public record DatabaseSettings(String jdbcUrl, String user, String password, int poolSize) {
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
    }

    /** The database the URL names, e.g. {@code crm}. */
    public String databaseName() {
        return databaseName(jdbcUrl);
    }

    /** The same server, user and pool size, another database (e.g. {@code postgres} for maintenance). */
    public DatabaseSettings withDatabase(String name) {
        Matcher m = matcher(jdbcUrl);
        String params = m.group(3) == null ? "" : m.group(3);
        return new DatabaseSettings(m.group(1) + name + params, user, password, poolSize);
    }

    public DatabaseSettings withPoolSize(int size) {
        return new DatabaseSettings(jdbcUrl, user, password, size);
    }

    @Override
    public String toString() {
        return "DatabaseSettings[jdbcUrl=" + redact(jdbcUrl) + ", user=" + user + ", password="
                + (password.isEmpty() ? "(none)" : "(set)") + ", poolSize=" + poolSize + "]";
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
