package com.vecton.crm.adapter.out.persistence.pipeline;

import static com.vecton.crm.domain.testing.PipelineDetailsBuilder.aPipeline;
import static com.vecton.crm.domain.testing.PipelineDetailsBuilder.threeStages;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vecton.crm.adapter.out.persistence.Persistence;
import com.vecton.crm.adapter.out.persistence.testing.RecordStoreContract;
import com.vecton.crm.application.port.out.PipelineRepository;
import com.vecton.crm.application.port.out.RecordStore;
import com.vecton.crm.domain.pipeline.Pipeline;
import com.vecton.crm.domain.pipeline.PipelineId;
import com.vecton.crm.domain.pipeline.PipelineStages;
import com.vecton.crm.domain.pipeline.Stage;
import com.vecton.crm.domain.pipeline.StageDetails;
import com.vecton.crm.domain.pipeline.StageKind;
import com.vecton.crm.domain.problem.RuleViolated;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The store contract on pipelines, and what their store keeps besides: the stages, and the name and default rules. */
class PipelineStoreContractTest extends RecordStoreContract<PipelineId, Pipeline> {

    private PipelineRepository pipelines() {
        return db().pipelines();
    }

    @Override
    protected String table() {
        return "pipelines";
    }

    @Override
    protected RecordStore<PipelineId, Pipeline> storeOn(Persistence db) {
        return db.pipelines();
    }

    @Override
    protected Pipeline newRecord(PipelineId id) {
        return Pipeline.create(id, aPipeline().named("Pipeline " + id).build(), stages(), CREATOR, T0);
    }

    private PipelineStages stages() {
        var stages = new ArrayList<Stage>();
        threeStages().forEach(d -> stages.add(new Stage(pipelines().nextStageId(), d)));
        return new PipelineStages(stages);
    }

    /** Its own fields and its stages changed at once: one change, one version more. */
    @Override
    protected Pipeline changed(Pipeline pipeline, Instant now) {
        var reversed = new ArrayList<>(
                pipeline.stages().inOrder().stream().map(Stage::id).toList());
        Collections.reverse(reversed);
        var newStages = pipeline.stages()
                .reorderedAs(reversed)
                .adding(new Stage(pipelines().nextStageId(), StageDetails.of("Demo " + now, StageKind.OPEN, 40)), 1);
        return Pipeline.restore(
                pipeline.id(),
                aPipeline()
                        .named(pipeline.details().name() + " (renamed)")
                        .inCurrency("HUF")
                        .build(),
                newStages,
                pipeline.createdBy().orElse(null),
                pipeline.createdAt(),
                now,
                null,
                pipeline.version() + 1);
    }

    @Override
    protected PipelineId idOf(Pipeline pipeline) {
        return pipeline.id();
    }

    @Override
    protected Object stateOf(Pipeline pipeline) {
        return List.of(pipeline.id(), pipeline.details(), pipeline.stages(), pipeline.lifecycle());
    }

    @Override
    protected Optional<Pipeline> deleted(Pipeline pipeline, Instant now) {
        return Optional.of(pipeline.delete(now));
    }

    @Override
    protected Pipeline restored(Pipeline pipeline, Instant now) {
        return pipeline.undelete(now);
    }

    private Pipeline stored(String name, boolean isDefault) {
        var details = isDefault
                ? aPipeline().named(name).asDefault().build()
                : aPipeline().named(name).build();
        var pipeline = Pipeline.create(pipelines().nextId(), details, stages(), CREATOR, T0);
        pipelines().save(pipeline);
        return pipeline;
    }

    @Test
    void a_stage_left_out_of_a_save_is_gone_and_the_others_are_at_0_1_2_in_the_database() {
        var pipeline = stored("Stages", false);
        var withDemo = pipeline.withStages(
                pipeline.stages()
                        .adding(new Stage(pipelines().nextStageId(), StageDetails.of("Demo", StageKind.OPEN, null)), 0),
                T0.plus(Duration.ofHours(1)));
        pipelines().save(withDemo);
        var lead = withDemo.stages().inOrder().get(1).id();
        var without = withDemo.withStages(withDemo.stages().removing(lead), T0.plus(Duration.ofHours(2)));
        pipelines().save(without);

        assertEquals(
                without.stages(),
                pipelines().findById(pipeline.id()).orElseThrow().stages());
        assertEquals(List.of("Demo:0", "Won:1", "Lost:2", "Lead:-"), stageRows(pipeline.id()));
    }

    @Test
    void a_second_live_pipeline_of_a_name_is_refused_ignoring_case_and_a_deleted_one_frees_it() {
        var first = stored("Neukunden", false);
        var refused = assertThrows(RuleViolated.class, () -> stored("NEUKUNDEN", false));
        assertEquals(Pipeline.NAME_TAKEN, refused.code());

        pipelines().save(first.delete(T0.plus(Duration.ofHours(1))));
        var second = stored("neukunden", false);
        assertEquals(
                Pipeline.NAME_TAKEN,
                assertThrows(
                                RuleViolated.class,
                                () -> pipelines()
                                        .save(pipelines()
                                                .lockById(first.id())
                                                .orElseThrow()
                                                .undelete(T0.plus(Duration.ofHours(2)))))
                        .code(),
                "a restore meets the rule again");
        assertTrue(pipelines().findById(second.id()).isPresent());
    }

    @Test
    void the_schema_holds_at_most_one_live_default_and_lock_default_answers_it() {
        assertEquals(
                Optional.empty(),
                db().transactions().inTransaction(() -> pipelines().lockDefault()));
        var theDefault = stored("Default", true);
        stored("Other", false);

        assertEquals(
                theDefault.id(),
                db().transactions()
                        .inTransaction(() -> pipelines().lockDefault())
                        .orElseThrow()
                        .id());
        var second = assertThrows(RuntimeException.class, () -> stored("Second default", true));
        assertTrue(String.valueOf(second.getCause()).contains("pipelines_one_default"), second::toString);
    }

    @Test
    void a_stage_written_behind_the_stores_back_stamps_its_pipeline_for_the_feed() throws SQLException {
        var pipeline = stored("Feed", false);
        long before = changedXid(pipeline.id());
        update("UPDATE pipeline_stages SET probability = 42 WHERE pipeline_id = "
                + pipeline.id().value() + " AND position = 0");
        assertTrue(changedXid(pipeline.id()) > before, "the pipeline comes again in the feed");
    }

    private List<String> stageRows(PipelineId id) {
        try (var c = db().dataSource().getConnection();
                var st = c.createStatement();
                var rows = st.executeQuery("SELECT name, position FROM pipeline_stages WHERE pipeline_id = "
                        + id.value() + " ORDER BY position NULLS LAST, id")) {
            var found = new ArrayList<String>();
            while (rows.next()) {
                int position = rows.getInt(2);
                String at = rows.wasNull() ? "-" : Integer.toString(position);
                found.add(rows.getString(1) + ":" + at);
            }
            return found;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private long changedXid(PipelineId id) throws SQLException {
        try (var c = db().dataSource().getConnection();
                var st = c.createStatement();
                var rows = st.executeQuery(
                        "SELECT CAST(CAST(changed_xid AS text) AS bigint) FROM pipelines WHERE id = " + id.value())) {
            assertTrue(rows.next());
            return rows.getLong(1);
        }
    }

    private void update(String sql) throws SQLException {
        try (var c = db().dataSource().getConnection();
                var st = c.createStatement()) {
            st.execute(sql);
        }
    }
}
