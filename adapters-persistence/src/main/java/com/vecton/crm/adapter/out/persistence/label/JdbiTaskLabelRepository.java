package com.vecton.crm.adapter.out.persistence.label;

import com.vecton.crm.adapter.out.persistence.PagedSelect;
import com.vecton.crm.adapter.out.persistence.SearchMatch;
import com.vecton.crm.application.port.out.TaskLabelRepository;
import com.vecton.crm.domain.access.UserId;
import com.vecton.crm.domain.label.TaskLabel;
import com.vecton.crm.domain.label.TaskLabelId;
import com.vecton.crm.domain.label.TaskLabelQuery;
import com.vecton.crm.domain.listing.Page;
import com.vecton.crm.domain.listing.PageRequest;
import java.util.Optional;
import java.util.function.Consumer;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Query;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import org.postgresql.util.PSQLException;

/**
 * {@link TaskLabelRepository} on Postgres. Joins the caller's transaction when there is one (see
 * {@link com.vecton.crm.adapter.out.persistence.JdbiTransactions}).
 *
 * <p>Name uniqueness is the unique index {@code task_labels_name_key} on {@code lower(name)} (V8).
 * A second insert of a name waits for the first one's transaction and then fails with a unique
 * violation, which this class turns into the domain's {@code label_name_taken}: so of any number of
 * concurrent creates of one name, one commits and the others get a 422.
 */
public final class JdbiTaskLabelRepository implements TaskLabelRepository {
    /** SQLSTATE unique_violation. */
    private static final String UNIQUE_VIOLATION = "23505";
    private static final String NAME_KEY = "task_labels_name_key";

    private static final String SAVE = """
            INSERT INTO task_labels (id, name, color, created_by, created_at, updated_at)
            VALUES (:id, :name, :color, :createdBy, :createdAt, :updatedAt)
            ON CONFLICT (id) DO UPDATE SET
                name       = excluded.name,
                color      = excluded.color,
                updated_at = excluded.updated_at""";
    private static final String FIND = "SELECT " + TaskLabelRow.COLUMNS + " FROM task_labels WHERE id = :id";
    private static final String LOCK = "SELECT " + TaskLabelRow.COLUMNS + " FROM task_labels WHERE id = :id FOR UPDATE";
    private static final String DELETE = "DELETE FROM task_labels WHERE id = :id";

    /** The list order, on the folded name that the index {@code task_labels_name_idx} holds. */
    private static final String SORT_KEY = "public.f_unaccent(lower(name))";
    /**
     * A folded substring match (see {@link SearchMatch}) on the name, folded here: labels are few,
     * so they have no stored search column or trigram index.
     */
    private static final String MATCHES_SEARCH = SearchMatch.on("public.f_search_fold(name)");

    private final Jdbi jdbi;

    public JdbiTaskLabelRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public TaskLabelId nextId() {
        return new TaskLabelId(jdbi.withHandle(handle -> handle.createQuery("SELECT nextval('task_labels_id_seq')")
                .mapTo(Long.class).one()));
    }

    @Override
    public void save(TaskLabel label) {
        var details = label.details();
        try {
            jdbi.useHandle(handle -> handle.createUpdate(SAVE)
                    .bind("id", label.id().value())
                    .bind("name", details.name())
                    .bind("color", details.color())
                    .bind("createdBy", label.createdBy().map(UserId::value).orElse(null))
                    .bind("createdAt", label.createdAt())
                    .bind("updatedAt", label.updatedAt())
                    .execute());
        } catch (UnableToExecuteStatementException e) {
            if (violatesNameKey(e)) {
                throw TaskLabel.nameTaken(details.name());
            }
            throw e;
        }
    }

    @Override
    public Optional<TaskLabel> findById(TaskLabelId id) {
        return jdbi.withHandle(handle -> handle.createQuery(FIND).bind("id", id.value())
                .map(TaskLabelRow.MAPPER).findOne()).map(TaskLabelRow::toLabel);
    }

    @Override
    public Optional<TaskLabel> lockById(TaskLabelId id) {
        return jdbi.withHandle(handle -> handle.createQuery(LOCK).bind("id", id.value())
                .map(TaskLabelRow.MAPPER).findOne()).map(TaskLabelRow::toLabel);
    }

    @Override
    public void delete(TaskLabelId id) {
        jdbi.useHandle(handle -> handle.createUpdate(DELETE).bind("id", id.value()).execute());
    }

    @Override
    public Page<TaskLabel> search(TaskLabelQuery query, PageRequest page) {
        String direction = query.sort().descending() ? " DESC" : " ASC";
        String where = query.search().isPresent() ? MATCHES_SEARCH : "TRUE";
        var select = new PagedSelect("task_labels", TaskLabelRow.COLUMNS, where,
                SORT_KEY + direction + ", id" + direction, query.search().isPresent());
        Consumer<Query> bind = statement ->
                query.search().ifPresent(s -> SearchMatch.bind(statement, s));
        return jdbi.withHandle(handle -> select.run(handle, page, bind, TaskLabelRow.MAPPER,
                PagedSelect.NARROW_FIRST_UP_TO)).map(TaskLabelRow::toLabel);
    }

    /** Whether the statement broke the name index (and not, say, the primary key). */
    private static boolean violatesNameKey(UnableToExecuteStatementException e) {
        return e.getCause() instanceof PSQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())
                && sql.getServerErrorMessage() != null && NAME_KEY.equals(sql.getServerErrorMessage().getConstraint());
    }
}
