package com.vecton.crm.adapter.out.persistence;

import com.vecton.crm.domain.access.UserId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Reads nullable columns by position for the hand-written row mappers, and writes instants as
 * they are read. Reflection-based mapping (Jdbi's constructor mapper) inspected the result set on
 * every query and cost about 8 % of a get-by-id's server CPU (bench/results-2026-11-23.md).
 */
public final class Columns {
    private Columns() {}

    public static Long nullableLong(ResultSet rows, int column) throws SQLException {
        long value = rows.getLong(column);
        return rows.wasNull() ? null : value;
    }

    public static Integer nullableInt(ResultSet rows, int column) throws SQLException {
        int value = rows.getInt(column);
        return rows.wasNull() ? null : value;
    }

    /** A user id column that may be empty (a row created before anyone was recorded). */
    public static UserId userId(ResultSet rows, int column) throws SQLException {
        String value = rows.getString(column);
        return value == null ? null : new UserId(value);
    }

    public static Instant instant(ResultSet rows, int column) throws SQLException {
        OffsetDateTime value = rows.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    /**
     * An instant to bind to a {@code timestamptz}, in the ISO calendar that {@link #instant} reads
     * in. Bound as an {@link Instant}, Jdbi hands the driver a {@link java.sql.Timestamp}, which it
     * writes in the Julian calendar before 1582-10-15: a task due 0001-01-01T00:00:00Z was stored,
     * and read back, as 0001-01-03. Used for the instants clients send (the API takes the years
     * 1-9999); those the server takes from its clock are never that old.
     */
    public static OffsetDateTime timestamptz(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
