package com.vecton.crm.adapter.out.persistence;

import com.vecton.crm.domain.listing.Page;
import com.vecton.crm.domain.listing.PageRequest;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.function.Consumer;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.Query;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.core.statement.StatementCustomizer;
import org.postgresql.PGStatement;

/**
 * One page of a list query with its total, as the repositories' {@code search} methods run it.
 * The SQL is assembled here from fragments that the repositories hold as constants (table,
 * columns, conditions, an allow-listed sort column); client input only ever arrives as bound
 * parameters.
 *
 * <p>Totals are counted up to one more than {@link Page#COUNTED_UP_TO}
 * ({@code SELECT count(*) FROM (SELECT 1 … LIMIT 1001)}): exact below the cap, a lower bound at
 * it. An exact count of a broad search is what made searches slow on a million contacts (bench/
 * results: 118-151 ms for 1-2 letters, 24 ms for "arva"); the capped one takes under 7 ms.
 *
 * <p>Why two shapes of query. A page sorted by an indexed column is cheapest read in index order,
 * stopping after {@code LIMIT} rows. But when the matches of a search cluster in the sort order
 * (a last name searched in a list sorted by last name, the most common case) that walk reads most
 * of the index. So a search with an exact (small) count collects its matches first and sorts only
 * those ({@code MATERIALIZED}): at most 1,000 rows, a few milliseconds. A search with more matches
 * than are counted finds a page's worth of them at once in index order.
 *
 * <p>Every statement here is planned for its actual parameters. The best plan depends on the
 * pattern (a seq scan for "e", the trigram index for "arva"); once the driver turns a repeated
 * statement into a server-side prepared one, Postgres may settle on one generic plan for all
 * patterns, and searches for "ki" went from 30 ms to 310 ms.
 *
 * @param from        table name
 * @param columns     the select list
 * @param where       conditions, with named parameters
 * @param orderBy     the sort, ending in a unique column so that pages never overlap
 * @param narrowFirst whether a condition is selective enough to be worth counting first (a search)
 */
public record PagedSelect(String from, String columns, String where, String orderBy, boolean narrowFirst) {
    /** Searches with at most this many matches collect them before sorting: all that are counted exactly. */
    public static final long NARROW_FIRST_UP_TO = Page.COUNTED_UP_TO;

    /** A one-shot (unnamed) statement is planned for the values bound to it, every time. */
    private static final StatementCustomizer PLAN_WITH_ACTUAL_PARAMETERS = new StatementCustomizer() {
        @Override
        public void beforeExecution(PreparedStatement statement, StatementContext context) throws SQLException {
            statement.unwrap(PGStatement.class).setPrepareThreshold(0);
        }
    };

    /**
     * @param bind            binds the named parameters of {@code where} (not limit and offset)
     * @param narrowFirstUpTo the most matches that are collected before sorting; normally
     *                        {@link #NARROW_FIRST_UP_TO}, smaller in tests of the other shape
     */
    public <T> Page<T> run(
            Handle handle, PageRequest page, Consumer<Query> bind, RowMapper<T> rows, long narrowFirstUpTo) {
        return run(
                handle, page, bind, (Handle h, Query query) -> query.map(rows).list(), narrowFirstUpTo);
    }

    /** As {@link #run(Handle, PageRequest, Consumer, RowMapper, long)}, the page's rows read by {@code rows}. */
    public <T> Page<T> run(Handle handle, PageRequest page, Consumer<Query> bind, Rows<T> rows, long narrowFirstUpTo) {
        if (!narrowFirst) {
            List<T> items = fetch(handle, inIndexOrder(), page, bind, rows);
            boolean endsTheList = items.size() < page.perPage() && (!items.isEmpty() || page.offset() == 0);
            return endsTheList
                    ? new Page<>(items, page, page.offset() + items.size())
                    : Page.counted(items, page, countUpToCapPlusOne(handle, bind));
        }
        long counted = countUpToCapPlusOne(handle, bind);
        boolean exact = counted <= Page.COUNTED_UP_TO;
        if (exact && page.offset() >= counted) {
            return new Page<>(List.of(), page, counted);
        }
        String sql = exact && counted <= narrowFirstUpTo ? matchesFirst() : inIndexOrder();
        return Page.counted(fetch(handle, sql, page, bind, rows), page, counted);
    }

    private String inIndexOrder() {
        return "SELECT " + columns + "\nFROM " + from + "\nWHERE " + where + "\nORDER BY " + orderBy
                + "\nLIMIT :limit OFFSET :offset";
    }

    private String matchesFirst() {
        return "WITH matches AS MATERIALIZED (\n    SELECT " + columns + "\n    FROM " + from
                + "\n    WHERE " + where.replace("\n", "\n    ") + "\n)\nSELECT " + columns + "\nFROM matches"
                + "\nORDER BY " + orderBy + "\nLIMIT :limit OFFSET :offset";
    }

    private <T> List<T> fetch(Handle handle, String sql, PageRequest page, Consumer<Query> bind, Rows<T> rows) {
        Query query = handle.createQuery(sql).addCustomizer(PLAN_WITH_ACTUAL_PARAMETERS);
        bind.accept(query);
        return rows.read(handle, query.bind("limit", page.perPage()).bind("offset", page.offset()));
    }

    /** Reads the rows of a query into values, with the handle for any further reads they need. */
    @FunctionalInterface
    public interface Rows<T> {
        List<T> read(Handle handle, Query query);
    }

    /** The number of matches, counted no further than one past the cap. */
    private long countUpToCapPlusOne(Handle handle, Consumer<Query> bind) {
        Query query = handle.createQuery("SELECT count(*)\nFROM (\n    SELECT 1\n    FROM " + from + "\n    WHERE "
                        + where.replace("\n", "\n    ") + "\n    LIMIT :countLimit\n) AS counted")
                .addCustomizer(PLAN_WITH_ACTUAL_PARAMETERS);
        bind.accept(query);
        return query.bind("countLimit", Page.COUNTED_UP_TO + 1)
                .mapTo(Long.class)
                .one();
    }
}
