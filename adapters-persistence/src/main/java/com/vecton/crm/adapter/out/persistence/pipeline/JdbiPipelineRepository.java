package com.vecton.crm.adapter.out.persistence.pipeline;

import com.vecton.crm.adapter.out.persistence.Columns;
import com.vecton.crm.adapter.out.persistence.JdbiStore;
import com.vecton.crm.adapter.out.persistence.PagedSelect;
import com.vecton.crm.adapter.out.persistence.SearchMatch;
import com.vecton.crm.adapter.out.persistence.Table;
import com.vecton.crm.application.port.out.PipelineRepository;
import com.vecton.crm.domain.access.UserId;
import com.vecton.crm.domain.access.Visibility;
import com.vecton.crm.domain.listing.Page;
import com.vecton.crm.domain.listing.PageRequest;
import com.vecton.crm.domain.pipeline.Pipeline;
import com.vecton.crm.domain.pipeline.PipelineDetails;
import com.vecton.crm.domain.pipeline.PipelineId;
import com.vecton.crm.domain.pipeline.PipelineQuery;
import com.vecton.crm.domain.pipeline.PipelineStages;
import com.vecton.crm.domain.pipeline.Stage;
import com.vecton.crm.domain.pipeline.StageDetails;
import com.vecton.crm.domain.pipeline.StageId;
import com.vecton.crm.domain.pipeline.StageKind;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Query;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import org.jdbi.v3.core.statement.Update;
import org.postgresql.util.PSQLException;

/**
 * {@link PipelineRepository} on Postgres (V18): a row of {@code pipelines} plus its live rows in
 * {@code pipeline_stages}, which {@link #read} adds to the rows of every read (in position order)
 * and {@link #save} writes after the row; rows mapped by hand, as every store's.
 *
 * <p>Pipeline names are unique by the partial unique index {@code pipelines_name_key}, whose
 * violation this class turns into the domain's {@code pipeline_name_taken}: a second insert of a
 * name waits for the first one's transaction and then fails, so of concurrent creates of one name
 * one commits. Stage names need no such translation: every save of a pipeline's stages runs under
 * the pipeline's row lock on the stages it read there, which {@code PipelineStages} has checked, so
 * {@code pipeline_stages_name_key} only stops writers that bypass the application.
 */
public final class JdbiPipelineRepository extends JdbiStore<PipelineId, Pipeline> implements PipelineRepository {
    private static final Table PIPELINES = Table.keepingHistory("pipelines", "name", "is_default", "currency");

    /** SQLSTATE unique_violation. */
    private static final String UNIQUE_VIOLATION = "23505";

    private static final String NAME_KEY = "pipelines_name_key";

    private static final Map<String, String> SORT_COLUMNS = Map.of(
            "name", "public.f_unaccent(lower(name))",
            "created_at", "created_at",
            "updated_at", "updated_at");

    /** A folded substring match on the name, folded here: pipelines are few (no stored search column). */
    private static final String MATCHES_SEARCH = SearchMatch.on("public.f_search_fold(name)");

    private static final String NEXT_STAGE_ID = "SELECT nextval('pipeline_stages_id_seq')";

    /**
     * Queues every change of the default flag (V18), held until the transaction ends; the key space
     * is shared with other advisory locks, hence the prefix.
     */
    private static final String LOCK_DEFAULT_FLAG =
            "SELECT 1 FROM pg_advisory_xact_lock(hashtextextended('pipelines:default', 0))";

    /** Read after the flag's lock, in a snapshot of its own: the default the previous holder left. */
    private static final String LOCK_DEFAULT = "SELECT " + PIPELINES.columns()
            + "\nFROM pipelines\nWHERE is_default AND " + PIPELINES.live() + "\nFOR UPDATE";

    private static final String DEFAULT_ID = "SELECT id FROM pipelines WHERE is_default AND " + PIPELINES.live();

    private static final String STAGES_OF = """
            SELECT pipeline_id, id, name, kind, probability
            FROM pipeline_stages
            WHERE pipeline_id = ANY (:ids) AND deleted_at IS NULL
            ORDER BY pipeline_id, position""";

    /** The stages a save no longer has leave first, so that their names and positions are free. */
    private static final String DELETE_OTHER_STAGES = """
            UPDATE pipeline_stages SET deleted_at = :now, position = NULL
            WHERE pipeline_id = :pipelineId AND deleted_at IS NULL AND NOT (id = ANY (:ids))""";

    /**
     * Every stage the pipeline has, at its index; a stage that did not change is not written again.
     * A stage's pipeline never changes (ids come from the loaded pipeline).
     */
    private static final String WRITE_STAGES = """
            INSERT INTO pipeline_stages (id, pipeline_id, name, kind, probability, position)
            SELECT s.id, :pipelineId, s.name, s.kind, s.probability, s.position - 1
            FROM unnest(CAST(:ids AS bigint[]), CAST(:names AS text[]), CAST(:kinds AS text[]),
                        CAST(:probabilities AS integer[])) WITH ORDINALITY AS s (id, name, kind, probability, position)
            ON CONFLICT (id) DO UPDATE SET
                name = excluded.name,
                kind = excluded.kind,
                probability = excluded.probability,
                position = excluded.position
            WHERE (pipeline_stages.name, pipeline_stages.kind, pipeline_stages.probability, pipeline_stages.position)
                  IS DISTINCT FROM (excluded.name, excluded.kind, excluded.probability, excluded.position)""";

    /** Each attribute a list of pipelines can be filtered on (Pipeline.FILTERABLE), tested over a text[] of values. */
    private static final Map<String, String> VISIBILITY_TESTS = Map.of("created_by", "created_by = ANY (%s)");

    /** A row of {@code pipelines}, before its stages are read. */
    private record Row(
            PipelineId id,
            PipelineDetails details,
            UserId createdBy,
            Instant createdAt,
            Instant updatedAt,
            Instant deletedAt,
            long version) {}

    public JdbiPipelineRepository(Jdbi jdbi) {
        super(jdbi, PIPELINES, PipelineId::new, PagedSelect.NARROW_FIRST_UP_TO);
    }

    /** The rows as pipelines, with the stages of all of them read in one query. */
    @Override
    protected List<Pipeline> read(Handle handle, Query rows) {
        List<Row> read = rows.map((r, context) -> new Row(
                        new PipelineId(r.getLong(1)),
                        new PipelineDetails(r.getString(2), r.getBoolean(3), r.getString(4)),
                        Columns.userId(r, 5),
                        Columns.instant(r, 6),
                        Columns.instant(r, 7),
                        Columns.instant(r, 8),
                        r.getLong(9)))
                .list();
        if (read.isEmpty()) {
            return List.of();
        }
        var stages = new HashMap<Long, List<Stage>>();
        handle.createQuery(STAGES_OF)
                .bindArray(
                        "ids",
                        Long.class,
                        read.stream().map(row -> row.id().value()).toList())
                .map((r, context) -> Map.entry(
                        r.getLong(1),
                        new Stage(
                                new StageId(r.getLong(2)),
                                new StageDetails(r.getString(3), StageKind.fromStored(r.getString(4)), r.getInt(5)))))
                .forEach(e -> stages.computeIfAbsent(e.getKey(), k -> new ArrayList<>())
                        .add(e.getValue()));
        return read.stream()
                .map(row -> Pipeline.restore(
                        row.id(),
                        row.details(),
                        new PipelineStages(stages.getOrDefault(row.id().value(), List.of())),
                        row.createdBy(),
                        row.createdAt(),
                        row.updatedAt(),
                        row.deletedAt(),
                        row.version()))
                .toList();
    }

    @Override
    protected void bind(Update row, Pipeline pipeline) {
        var d = pipeline.details();
        row.bind("id", pipeline.id().value())
                .bind("name", d.name())
                .bind("is_default", d.isDefault())
                .bind("currency", d.currency());
        bindLifecycle(row, pipeline);
    }

    /** The row, then its stages as they are now: the others leave, the rest are written at their index. */
    @Override
    public void save(Pipeline pipeline) {
        var stages = pipeline.stages().inOrder();
        try {
            jdbi.useHandle(handle -> {
                upsert(handle, pipeline);
                var ids = stages.stream().map(s -> s.id().value()).toList();
                handle.createUpdate(DELETE_OTHER_STAGES)
                        .bind("pipelineId", pipeline.id().value())
                        .bind("now", pipeline.updatedAt())
                        .bindArray("ids", Long.class, ids)
                        .execute();
                handle.createUpdate(WRITE_STAGES)
                        .bind("pipelineId", pipeline.id().value())
                        .bindArray("ids", Long.class, ids)
                        .bindArray(
                                "names",
                                String.class,
                                stages.stream().map(s -> s.details().name()).toList())
                        .bindArray(
                                "kinds",
                                String.class,
                                stages.stream()
                                        .map(s -> s.details().kind().apiName())
                                        .toList())
                        .bindArray(
                                "probabilities",
                                Integer.class,
                                stages.stream()
                                        .map(s -> s.details().probability())
                                        .toList())
                        .execute();
            });
        } catch (UnableToExecuteStatementException e) {
            if (violates(e, NAME_KEY)) {
                throw Pipeline.nameTaken(pipeline.details().name());
            }
            throw e;
        }
    }

    @Override
    public StageId nextStageId() {
        return new StageId(jdbi.withHandle(
                handle -> handle.createQuery(NEXT_STAGE_ID).mapTo(Long.class).one()));
    }

    @Override
    public Optional<Pipeline> lockDefault() {
        return jdbi.withHandle(handle -> {
            handle.createQuery(LOCK_DEFAULT_FLAG).mapTo(Integer.class).one();
            return read(handle, handle.createQuery(LOCK_DEFAULT)).stream().findFirst();
        });
    }

    @Override
    public Optional<PipelineId> findDefaultId() {
        return jdbi.withHandle(handle ->
                        handle.createQuery(DEFAULT_ID).mapTo(Long.class).findOne())
                .map(PipelineId::new);
    }

    @Override
    public Page<Pipeline> search(PipelineQuery query, Visibility visible, PageRequest page) {
        var where = live();
        query.search().ifPresent(s -> where.and(MATCHES_SEARCH, q -> SearchMatch.bind(q, s)));
        where.and(visible(visible));
        return page(where, SORT_COLUMNS, query.sort(), query.search().isPresent(), page);
    }

    @Override
    protected Map<String, String> visibilityTests() {
        return VISIBILITY_TESTS;
    }

    /** Whether the statement broke this unique index (and not, say, the primary key). */
    private static boolean violates(UnableToExecuteStatementException e, String index) {
        return e.getCause() instanceof PSQLException sql
                && UNIQUE_VIOLATION.equals(sql.getSQLState())
                && sql.getServerErrorMessage() != null
                && index.equals(sql.getServerErrorMessage().getConstraint());
    }
}
