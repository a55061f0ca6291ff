package com.vecton.crm.adapter.out.persistence;

import com.vecton.crm.domain.access.UserId;
import com.vecton.crm.domain.access.Visibility;
import com.vecton.crm.domain.lifecycle.KeepsHistory;
import com.vecton.crm.domain.lifecycle.RecordId;
import com.vecton.crm.domain.listing.Page;
import com.vecton.crm.domain.listing.PageRequest;
import com.vecton.crm.domain.listing.SortOrder;
import com.vecton.crm.domain.sync.Change;
import com.vecton.crm.domain.sync.ChangeBatch;
import com.vecton.crm.domain.sync.ChangePosition;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongFunction;
import java.util.stream.Stream;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Query;
import org.jdbi.v3.core.statement.Update;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;

/**
 * The store base, after Kill Bill's entity DAOs: a store of one entity declares its {@link Table},
 * maps its rows ({@link #read}), binds its columns ({@link #bind}) and writes its own queries
 * (search, anything particular); what is the same for every entity comes from here and from
 * {@link Table}: reading one record by id (live, live or deleted, locked), allocating ids,
 * insert-or-update, holding a referenced record live, and the paging, sorting and visibility of
 * lists, and the changes feed ({@link #changesAfter}). Every store of this adapter is one, in this
 * one style.
 *
 * <p>Every statement runs on the thread's handle, so inside a use case's transaction it joins it
 * (see {@link JdbiTransactions}). Statements are plain queries on the handle and rows are mapped
 * by hand, by position: an on-demand SqlObject's per-call extension lookup cost about a tenth of a
 * get-by-id's CPU, and Jdbi's reflective constructor mapper about 8 % more (bench/results-2026-11-23.md).
 *
 * @param <I> the entity's id
 * @param <E> the entity as the domain has it
 */
public abstract class JdbiStore<I extends RecordId, E> {
    /**
     * A policy's ids are text, as in resource names, and only the canonical decimal form of a
     * stored id names it: {@code 05}, {@code 1*} or a number beyond bigint is no record's id. So
     * those are dropped (the CASE keeps the cast from ever seeing them) and the rest are compared
     * as bigints, on the primary key: {@code id::text = ANY (...)} read every row, 113 ms on a
     * million rows against 0.1 ms.
     */
    private static final String ID_TEST = """
            id = ANY (ARRAY(SELECT CAST(v AS bigint) FROM unnest(%s) AS v
                            WHERE CASE WHEN v ~ '^[1-9][0-9]{0,18}$' THEN CAST(v AS numeric) <= 9223372036854775807
                                       ELSE false END))""";

    /**
     * The horizon of the feed: the oldest transaction still running when the snapshot was taken
     * (see {@link #changes}). As text, the form {@code xid8} is read in.
     */
    private static final String HORIZON = "SELECT CAST(pg_snapshot_xmin(pg_current_snapshot()) AS text)";

    /** One row (or tombstone) of a feed page, before the live ones are read in full. */
    private record Key(long id, ChangePosition position, Instant deletedAt) {}

    private static final Comparator<Key> FEED_ORDER = Comparator.comparing(Key::position);

    protected final Jdbi jdbi;
    protected final Table table;
    private final LongFunction<I> ids;
    private final long narrowFirstUpTo;
    private final String nextId;
    private final String findLive;
    private final String findLiveOrDeleted;
    private final String lock;
    private final String holdLive;
    private final String save;
    private final String findAllById;

    /**
     * @param ids             makes the entity's id from a stored one ({@code ContactId::new})
     * @param narrowFirstUpTo the threshold of {@link PagedSelect}; normally
     *                        {@link PagedSelect#NARROW_FIRST_UP_TO}, other values in tests that reach both query shapes
     */
    protected JdbiStore(Jdbi jdbi, Table table, LongFunction<I> ids, long narrowFirstUpTo) {
        this.jdbi = jdbi;
        this.table = table;
        this.ids = ids;
        this.narrowFirstUpTo = narrowFirstUpTo;
        this.nextId = table.nextId();
        this.findLive = table.findLive();
        this.findLiveOrDeleted = table.findLiveOrDeleted();
        this.lock = table.lock();
        this.holdLive = table.holdLive();
        this.save = table.save();
        this.findAllById = table.findAllById();
    }

    /** Maps the rows of a query that selects {@link Table#columns()} (a store may read more rows for them here). */
    protected abstract List<E> read(Handle handle, Query rows);

    /** Binds every column of {@link Table#columns()} by its name, {@code id} and the lifecycle ones included. */
    protected abstract void bind(Update row, E record);

    /** A fresh id for a record about to be created. */
    public I nextId() {
        return ids.apply(jdbi.withHandle(
                handle -> handle.createQuery(nextId).mapTo(Long.class).one()));
    }

    /** A live record: not soft-deleted. */
    public Optional<E> findById(I id) {
        return one(findLive, id);
    }

    /** A record, live or soft-deleted, read without a lock. */
    public Optional<E> findLiveOrDeletedById(I id) {
        return one(findLiveOrDeleted, id);
    }

    /** A record, live or soft-deleted, locked against concurrent changes until the transaction ends. */
    public Optional<E> lockById(I id) {
        return one(lock, id);
    }

    /**
     * Whether the record exists and is live, keeping it so until the transaction ends (a shared
     * lock): what a record that refers to it checks, so it never points at one deleted meanwhile.
     */
    public boolean holdLive(I id) {
        return jdbi.withHandle(handle -> handle.createQuery(holdLive)
                        .bind("id", id.value())
                        .mapTo(Long.class)
                        .findOne())
                .isPresent();
    }

    /** Inserts a new record or overwrites the stored one with the same id. */
    public void save(E record) {
        jdbi.useHandle(handle -> upsert(handle, record));
    }

    /** The insert-or-update of {@link #save}, on a handle a store's own {@code save} holds. */
    protected final void upsert(Handle handle, E record) {
        var statement = handle.createUpdate(save);
        bind(statement, record);
        statement.execute();
    }

    /**
     * One page of the records matching {@code where}, in the order of {@code sort} (ties broken by
     * id, in the same direction, so pages never overlap), with the total number of matches.
     *
     * @param sortColumns the only text that reaches ORDER BY: API sort field to sort key, each with
     *                    an index {@code (key, id)}; client input selects an entry here
     * @param narrow      whether a condition is selective enough to count first (a search; see {@link PagedSelect})
     */
    protected final Page<E> page(
            Where where, Map<String, String> sortColumns, SortOrder sort, boolean narrow, PageRequest page) {
        String column = sortColumns.get(sort.field());
        if (column == null) {
            throw new IllegalArgumentException("not a sortable field of " + table.name() + ": " + sort.field());
        }
        String direction = sort.descending() ? " DESC" : " ASC";
        var select = new PagedSelect(
                table.name(), table.columns(), where.toString(), column + direction + ", id" + direction, narrow);
        return jdbi.withHandle(handle -> select.run(handle, page, where::bind, this::read, narrowFirstUpTo));
    }

    /** A list's conditions, starting with "live". */
    protected final Where live() {
        return Where.of(table.live());
    }

    /**
     * What a caller may see of a list, as a condition on these rows: the record's id (a policy
     * scoped to some ids, {@code crm:contacts/5}), tested here for every store, and the attributes
     * its store names with {@link #visibilityTests}.
     */
    protected final VisibleRows visible(Visibility visibility) {
        return visibleRows(visibility, visibilityTests());
    }

    /**
     * What a caller may see of some rows, as a condition on them, for rows of any store's table
     * (a store that reads another type's rows beside its own, such as a timeline's deals): their
     * {@code id}, tested as every store tests it, and the attributes {@code tests} names.
     */
    protected static VisibleRows visibleRows(Visibility visibility, Map<String, String> tests) {
        var all = new HashMap<>(tests);
        all.put(Visibility.ID, ID_TEST);
        return VisibleRows.of(visibility, all);
    }

    /**
     * How each attribute of the entity's records a list can be filtered on is tested in SQL (see
     * {@link VisibleRows#of}), for every attribute the entity's record exposes to policies: a
     * visibility conditioned on anything else fails loudly. None by default; {@code id} is always there.
     */
    protected Map<String, String> visibilityTests() {
        return Map.of();
    }

    /** The changes feed of every record of the table that the caller may see (see {@link #changes}). */
    public ChangeBatch<E> changesAfter(ChangePosition after, Visibility visible, int limit) {
        return changes(after, Where.of("TRUE"), visible, limit);
    }

    /**
     * The next changes of the feed after {@code after}, at most {@code limit}: the rows of the table
     * matching {@code rows} (an owner, say) and {@code visible}, live ones read in full and
     * soft-deleted ones as tombstones, and, for a table whose rows are deleted for good, the
     * tombstones its delete trigger left (V16), which {@code visible} tests on what they keep
     * ({@code id}, {@code created_by}); {@code rows} does not apply to those, so only a soft-deleting
     * table's feed may be narrowed by it.
     *
     * <p><b>Why no change is ever skipped.</b> Every row carries {@code changed_xid}, the id of the
     * transaction that wrote it last (a trigger stamps it, V16), and the feed runs in the order
     * {@code (changed_xid, id)}. Stamps are taken before commit, so a later stamp can commit first;
     * the feed therefore serves only rows stamped below the horizon {@code
     * pg_snapshot_xmin(pg_current_snapshot())}, the oldest transaction that was still running when
     * this read's snapshot was taken. (1) Every transaction below the horizon had finished by then,
     * so its rows, if it committed, are in the snapshot, and a rollback leaves no row. (2) Every
     * transaction that was running then has an id at or above the horizon, and every transaction
     * that starts later gets a larger id still (ids are handed out in increasing order; a
     * transaction that has only read has none yet, and gets a larger one when it first writes).
     * So no row stamped below the horizon can appear or change after this read; a row that changes
     * later gets a new stamp at or above the horizon and comes again, as it is then. A cursor that
     * moves past a row below the horizon therefore never passes a change that comes later, and a
     * cursor moved up to the horizon (a page that ends the feed) skips nothing either. A
     * long-running transaction holds the horizon back: the feed waits for it, and never skips it.
     *
     * <p>All statements read one snapshot: a read-only {@code REPEATABLE READ} transaction, whose
     * first statement takes the snapshot and the horizon with it. So the page, its records in full
     * (a task's pivots included) and the horizon that the cursor may move up to all agree, and a
     * row the keys saw live is the row read in full. Such a transaction never waits on a lock, and a
     * read-only one never fails to serialize.
     */
    protected final ChangeBatch<E> changes(ChangePosition after, Where rows, Visibility visible, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("a feed page holds at least one change");
        }
        if (!table.softDeletes() && !"TRUE".equals(rows.toString())) {
            throw new IllegalArgumentException("the tombstones of " + table.name() + " cannot be narrowed by " + rows);
        }
        var where = rows.and(visible(visible));
        String keys = table.changedKeys(where.toString());
        Optional<Where> tombstonesWhere = table.softDeletes()
                ? Optional.empty()
                : Optional.of(Where.of("TRUE").and(visible(visible)));
        return jdbi.inTransaction(TransactionIsolationLevel.REPEATABLE_READ, handle -> {
            handle.execute("SET TRANSACTION READ ONLY");
            long horizon = Long.parseLong(
                    handle.createQuery(HORIZON).mapTo(String.class).one());
            List<Key> found = keys(handle, keys, where, after, horizon, limit + 1);
            if (tombstonesWhere.isPresent()) {
                var tombstones = tombstonesWhere.get();
                found = Stream.concat(
                                found.stream(),
                                keys(
                                        handle,
                                        table.tombstoneKeys(tombstones.toString()),
                                        tombstones,
                                        after,
                                        horizon,
                                        limit + 1)
                                        .stream())
                        .sorted(FEED_ORDER)
                        .limit(limit + 1L)
                        .toList();
            }
            boolean hasMore = found.size() > limit;
            List<Key> page = hasMore ? found.subList(0, limit) : found;
            Map<Long, E> live = liveRecords(handle, page);
            var changes = new ArrayList<Change<E>>(page.size());
            for (Key key : page) {
                changes.add(
                        key.deletedAt() == null
                                ? new Change.Live<>(live.get(key.id()))
                                : new Change.Deleted<>(key.id(), key.deletedAt()));
            }
            ChangePosition reached = page.isEmpty() ? after : page.getLast().position();
            return new ChangeBatch<>(changes, reached, hasMore, horizon);
        });
    }

    private static List<Key> keys(
            Handle handle, String sql, Where where, ChangePosition after, long horizon, int limit) {
        Query query = handle.createQuery(sql);
        where.bind(query);
        return query.bind("afterXid", Long.toString(after.xid()))
                .bind("afterId", after.id())
                .bind("horizon", Long.toString(horizon))
                .bind("limit", limit)
                .map((row, context) -> new Key(
                        row.getLong(1),
                        new ChangePosition(Long.parseLong(row.getString(2)), row.getLong(1)),
                        Columns.instant(row, 3)))
                .list();
    }

    /**
     * The live rows of a page in full, by id. Read in id order by the store's own mapper, which
     * maps one record per row in row order (as every list relies on), so the n-th record is the
     * n-th id; the snapshot is the keys', so they are the same rows.
     */
    private Map<Long, E> liveRecords(Handle handle, List<Key> page) {
        List<Long> ids = page.stream()
                .filter(key -> key.deletedAt() == null)
                .map(Key::id)
                .sorted()
                .toList();
        if (ids.isEmpty()) {
            return Map.of();
        }
        List<E> records = read(handle, handle.createQuery(findAllById).bindArray("ids", Long.class, ids));
        if (records.size() != ids.size()) {
            throw new IllegalStateException(
                    "the feed read " + records.size() + " of " + ids.size() + " rows of " + table.name());
        }
        var byId = new HashMap<Long, E>();
        for (int i = 0; i < ids.size(); i++) {
            byId.put(ids.get(i), records.get(i));
        }
        return byId;
    }

    /** Binds the lifecycle columns of a record that keeps its history. */
    protected static void bindLifecycle(Update row, KeepsHistory record) {
        row.bind("created_by", record.createdBy().map(UserId::value).orElse(null))
                .bind("created_at", record.createdAt())
                .bind("updated_at", record.updatedAt())
                .bind("deleted_at", record.deletedAt().orElse(null))
                .bind("version", record.version());
    }

    private Optional<E> one(String sql, I id) {
        return jdbi.withHandle(handle -> read(handle, handle.createQuery(sql).bind("id", id.value()))).stream()
                .findFirst();
    }
}
