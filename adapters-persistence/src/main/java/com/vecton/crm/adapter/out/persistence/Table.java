package com.vecton.crm.adapter.out.persistence;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * One entity's table as its store declares it: the name and the entity's own columns. The columns
 * every such table has, and the statements on them that are the same for every entity, are
 * written here once: {@code id}, who created the row and when it was created, changed and
 * soft-deleted, what "live" means, reading one row by id, allocating an id, the insert-or-update.
 *
 * <p>Rows are selected as {@link #columns()}: {@code id} first, then the entity's own columns in
 * the order declared, then the lifecycle columns, {@code version} last, so a store's row mapper
 * reads them by position.
 *
 * <p>{@code version} (V15) counts the changes of a row: the entity raises it with every change it
 * saves, the store's own statements that change rows besides {@code save} (a task's position
 * shifted by another task's move) raise it by one, and a trigger raises it for any other writer
 * that forgets, so that a record's {@code ETag} changes whenever what a client reads of it does.
 *
 * @param ownColumns  the entity's own columns, in select order, without {@code id} or the lifecycle ones
 * @param fixed       own columns an update never changes (a time entry's owner)
 * @param softDeletes whether the table has {@code deleted_at}; without it every row is live
 */
public record Table(String name, List<String> ownColumns, Set<String> fixed, boolean softDeletes) {
    /** The condition of a live row: not soft-deleted. The only place it is written. */
    public static final String LIVE = "deleted_at IS NULL";

    private static final String NAME = "[a-z][a-z0-9_]*";

    public Table {
        ownColumns = List.copyOf(ownColumns);
        fixed = Set.copyOf(fixed);
        if (!name.matches(NAME)
                || ownColumns.isEmpty()
                || !ownColumns.stream().allMatch(c -> c.matches(NAME))
                || !ownColumns.containsAll(fixed)) {
            throw new IllegalArgumentException("a table has a snake_case name and columns, fixed ones among them");
        }
    }

    /** A table whose rows are soft-deleted and keep who created them and when ({@code Lifecycle}). */
    public static Table keepingHistory(String name, String... ownColumns) {
        return new Table(name, List.of(ownColumns), Set.of(), true);
    }

    /** A table whose rows are deleted for good, with who created them and when they were created and changed. */
    public static Table deletingForGood(String name, String... ownColumns) {
        return new Table(name, List.of(ownColumns), Set.of(), false);
    }

    /** The same table, with columns that an update leaves as they were inserted. */
    public Table fixing(String... columns) {
        return new Table(name, ownColumns, Set.of(columns), softDeletes);
    }

    /**
     * {@code created_by, created_at, updated_at}, when rows are soft-deleted {@code deleted_at},
     * and {@code version}.
     */
    public List<String> lifecycleColumns() {
        return softDeletes
                ? List.of("created_by", "created_at", "updated_at", "deleted_at", "version")
                : List.of("created_by", "created_at", "updated_at", "version");
    }

    /** The select list: {@code id}, the own columns, the lifecycle columns. */
    public String columns() {
        return String.join(", ", allColumns());
    }

    /** The position of the first lifecycle column in {@link #columns()}, counting from 1 as JDBC does. */
    public int lifecycleAt() {
        return ownColumns.size() + 2;
    }

    /** The condition of a live row, to start a list's WHERE with. */
    public String live() {
        return softDeletes ? LIVE : "TRUE";
    }

    /**
     * Which rows a page of the changes feed may hold: after the client's position, and written by a
     * transaction below the horizon (see {@code JdbiStore.changes}); both in the order of the index
     * {@code (changed_xid, id)} of V16. Positions and the horizon are bound as text, the form
     * {@code xid8} is read and written in.
     */
    static final String FEED_WINDOW =
            "(changed_xid, id) > (CAST(:afterXid AS xid8), :afterId)\n  AND changed_xid < CAST(:horizon AS xid8)";

    /**
     * The keys of the next rows of the feed among those matching {@code where}: id, the stamp as
     * text, and when the row was soft-deleted (NULL while live, and always for a table without
     * {@code deleted_at}). The text form has a name of its own: unnamed, it would be the output
     * column {@code changed_xid}, which ORDER BY prefers to the table's, and the feed would run in
     * text order ("100" before "99") and skip every change its cursor then passed
     * (ChangesFeedOrderTest).
     */
    String changedKeys(String where) {
        String deletedAt = softDeletes ? "deleted_at" : "CAST(NULL AS timestamptz)";
        return "SELECT id, CAST(changed_xid AS text) AS stamp, " + deletedAt + "\nFROM " + name + "\nWHERE "
                + FEED_WINDOW
                + "\n  AND " + where + "\nORDER BY changed_xid, id\nLIMIT :limit";
    }

    /**
     * The keys of the next tombstones of this table's rows deleted for good (V16), read through a
     * relation named and shaped as the table for what they keep ({@code id}, {@code created_by}),
     * so that {@code where} tests the tombstones as it tests the table's rows.
     */
    String tombstoneKeys(String where) {
        return "SELECT id, CAST(changed_xid AS text) AS stamp, deleted_at\nFROM (SELECT record_id AS id, created_by,"
                + " changed_xid, deleted_at\n      FROM sync_tombstones\n      WHERE record_type = '" + name
                + "') AS " + name + "\nWHERE " + FEED_WINDOW + "\n  AND " + where
                + "\nORDER BY changed_xid, id\nLIMIT :limit";
    }

    /** The rows with the given ids, live or soft-deleted, by id. */
    String findAllById() {
        return "SELECT " + columns() + "\nFROM " + name + "\nWHERE id = ANY (:ids)\nORDER BY id";
    }

    String nextId() {
        return "SELECT nextval('" + name + "_id_seq')";
    }

    String findLive() {
        return "SELECT " + columns() + "\nFROM " + name + "\nWHERE id = :id AND " + live();
    }

    String findLiveOrDeleted() {
        return "SELECT " + columns() + "\nFROM " + name + "\nWHERE id = :id";
    }

    String lock() {
        return findLiveOrDeleted() + "\nFOR UPDATE";
    }

    /**
     * {@code FOR SHARE} conflicts with the {@code FOR UPDATE} of {@link #lock} and with any
     * {@code UPDATE}, so a delete either finished before (and the row no longer matches) or waits
     * until the holding transaction ends.
     */
    String holdLive() {
        return "SELECT id\nFROM " + name + "\nWHERE id = :id AND " + live() + "\nFOR SHARE";
    }

    /**
     * Inserts the row or overwrites the stored one with the same id; each column is bound by its
     * own name ({@code :first_name}). An update never changes {@code created_by}, {@code created_at}
     * or a fixed column; it writes the version the entity gives, one more than the row's (the
     * caller holds the row lock), which the trigger of V15 leaves as it is.
     */
    String save() {
        var all = allColumns();
        var updated = new ArrayList<String>();
        Stream.concat(
                        ownColumns.stream().filter(c -> !fixed.contains(c)),
                        Stream.of("updated_at", "deleted_at", "version"))
                .filter(all::contains)
                .forEach(c -> updated.add("    " + c + " = excluded." + c));
        return "INSERT INTO " + name + " (" + String.join(", ", all) + ")\nVALUES ("
                + all.stream().map(c -> ":" + c).collect(Collectors.joining(", "))
                + ")\nON CONFLICT (id) DO UPDATE SET\n"
                + String.join(",\n", updated);
    }

    private List<String> allColumns() {
        var all = new ArrayList<String>();
        all.add("id");
        all.addAll(ownColumns);
        all.addAll(lifecycleColumns());
        return all;
    }
}
