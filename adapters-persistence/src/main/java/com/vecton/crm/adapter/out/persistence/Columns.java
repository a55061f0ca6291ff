package com.vecton.crm.adapter.out.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;

/**
 * Reads nullable columns by position for the hand-written row mappers. Reflection-based mapping
 * (Jdbi's constructor mapper) inspected the result set on every query and cost about 8 % of a
 * get-by-id's server CPU (bench/results-2026-11-23.md).
 */
public final class Columns {
    private Columns() {
    }

    public static Long nullableLong(ResultSet rows, int column) throws SQLException {
        long value = rows.getLong(column);
        return rows.wasNull() ? null : value;
    }

    public static Instant instant(ResultSet rows, int column) throws SQLException {
        OffsetDateTime value = rows.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
