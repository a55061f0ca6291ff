package com.vecton.crm.adapter.out.persistence.label;

import com.vecton.crm.adapter.out.persistence.Columns;
import com.vecton.crm.adapter.out.persistence.JdbiStore;
import com.vecton.crm.adapter.out.persistence.PagedSelect;
import com.vecton.crm.adapter.out.persistence.SearchMatch;
import com.vecton.crm.adapter.out.persistence.Table;
import com.vecton.crm.application.port.out.TaskLabelRepository;
import com.vecton.crm.domain.access.UserId;
import com.vecton.crm.domain.access.Visibility;
import com.vecton.crm.domain.label.TaskLabel;
import com.vecton.crm.domain.label.TaskLabelDetails;
import com.vecton.crm.domain.label.TaskLabelId;
import com.vecton.crm.domain.label.TaskLabelQuery;
import com.vecton.crm.domain.listing.Page;
import com.vecton.crm.domain.listing.PageRequest;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.Query;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import org.jdbi.v3.core.statement.Update;
import org.postgresql.util.PSQLException;

/**
 * {@link TaskLabelRepository} on Postgres ({@code task_labels}, V8); rows mapped by hand, as every
 * store's. Labels are deleted for good, so every stored label is live.
 *
 * <p>Name uniqueness is the unique index {@code task_labels_name_key} on {@code lower(name)} (V8).
 * A second insert of a name waits for the first one's transaction and then fails with a unique
 * violation, which this class turns into the domain's {@code label_name_taken}: so of any number of
 * concurrent creates of one name, one commits and the others get a 422.
 */
public final class JdbiTaskLabelRepository extends JdbiStore<TaskLabelId, TaskLabel> implements TaskLabelRepository {
    private static final Table TASK_LABELS = Table.deletingForGood("task_labels", "name", "color");

    /** SQLSTATE unique_violation. */
    private static final String UNIQUE_VIOLATION = "23505";

    private static final String NAME_KEY = "task_labels_name_key";

    private static final String DELETE = "DELETE FROM task_labels WHERE id = :id";

    /**
     * The tasks a deleted label is taken off (its links go with it, V9) show other {@code label_ids}
     * afterwards: each is a new version of that task. Tasks are locked after the label here, the
     * reverse of a task edit's order, which cannot deadlock: an edit waits for a label only to add
     * it, so its task is none of those linked to the label.
     */
    private static final String NEW_VERSIONS_OF_LABELLED_TASKS = """
            UPDATE tasks SET version = version + 1
            WHERE id IN (SELECT task_id FROM task_label_links WHERE label_id = :id)""";

    /** The list order, on the folded name that the index {@code task_labels_name_idx} holds. */
    private static final String SORT_KEY = "public.f_unaccent(lower(name))";

    private static final Map<String, String> SORT_COLUMNS = Map.of("name", SORT_KEY);
    /**
     * A folded substring match (see {@link SearchMatch}) on the name, folded here: labels are few,
     * so they have no stored search column or trigram index.
     */
    private static final String MATCHES_SEARCH = SearchMatch.on("public.f_search_fold(name)");

    private static final RowMapper<TaskLabel> LABEL = (rows, context) -> TaskLabel.restore(
            new TaskLabelId(rows.getLong(1)),
            new TaskLabelDetails(rows.getString(2), rows.getString(3)),
            Columns.userId(rows, 4),
            Columns.instant(rows, 5),
            Columns.instant(rows, 6),
            rows.getLong(7));

    /** Each attribute a list of labels can be filtered on (TaskLabel.FILTERABLE), tested over a text[] of values. */
    private static final Map<String, String> VISIBILITY_TESTS = Map.of("created_by", "created_by = ANY (%s)");

    public JdbiTaskLabelRepository(Jdbi jdbi) {
        super(jdbi, TASK_LABELS, TaskLabelId::new, PagedSelect.NARROW_FIRST_UP_TO);
    }

    @Override
    protected List<TaskLabel> read(Handle handle, Query rows) {
        return rows.map(LABEL).list();
    }

    @Override
    protected void bind(Update row, TaskLabel label) {
        row.bind("id", label.id().value())
                .bind("name", label.details().name())
                .bind("color", label.details().color())
                .bind("created_by", label.createdBy().map(UserId::value).orElse(null))
                .bind("created_at", label.createdAt())
                .bind("updated_at", label.updatedAt())
                .bind("version", label.version());
    }

    @Override
    public void save(TaskLabel label) {
        try {
            super.save(label);
        } catch (UnableToExecuteStatementException e) {
            if (violatesNameKey(e)) {
                throw TaskLabel.nameTaken(label.details().name());
            }
            throw e;
        }
    }

    @Override
    public void delete(TaskLabelId id) {
        jdbi.useHandle(handle -> {
            handle.createUpdate(NEW_VERSIONS_OF_LABELLED_TASKS)
                    .bind("id", id.value())
                    .execute();
            handle.createUpdate(DELETE).bind("id", id.value()).execute();
        });
    }

    @Override
    public Page<TaskLabel> search(TaskLabelQuery query, Visibility visible, PageRequest page) {
        var where = live();
        query.search().ifPresent(s -> where.and(MATCHES_SEARCH, q -> SearchMatch.bind(q, s)));
        where.and(visible(visible));
        return page(where, SORT_COLUMNS, query.sort(), query.search().isPresent(), page);
    }

    @Override
    protected Map<String, String> visibilityTests() {
        return VISIBILITY_TESTS;
    }

    /** Whether the statement broke the name index (and not, say, the primary key). */
    private static boolean violatesNameKey(UnableToExecuteStatementException e) {
        return e.getCause() instanceof PSQLException sql
                && UNIQUE_VIOLATION.equals(sql.getSQLState())
                && sql.getServerErrorMessage() != null
                && NAME_KEY.equals(sql.getServerErrorMessage().getConstraint());
    }
}
