package com.vecton.crm.adapter.out.persistence.deal;

import static com.vecton.crm.domain.testing.CompanyDetailsBuilder.aCompany;
import static com.vecton.crm.domain.testing.DealDetailsBuilder.aDeal;
import static com.vecton.crm.domain.testing.PipelineDetailsBuilder.aPipeline;
import static com.vecton.crm.domain.testing.PipelineDetailsBuilder.threeStages;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vecton.crm.adapter.out.persistence.Persistence;
import com.vecton.crm.adapter.out.persistence.testing.RecordStoreContract;
import com.vecton.crm.application.port.out.RecordStore;
import com.vecton.crm.domain.company.Company;
import com.vecton.crm.domain.company.CompanyId;
import com.vecton.crm.domain.deal.Deal;
import com.vecton.crm.domain.deal.DealEdit;
import com.vecton.crm.domain.deal.DealId;
import com.vecton.crm.domain.deal.StageChange;
import com.vecton.crm.domain.edit.FieldEdit;
import com.vecton.crm.domain.pipeline.Pipeline;
import com.vecton.crm.domain.pipeline.PipelineStages;
import com.vecton.crm.domain.pipeline.Stage;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The store contract on deals, and what their store keeps besides: the exact amount, the stage
 * history, the revisions the trigger writes. Each contract record is the only deal of its stage,
 * so its position is 0.
 */
class DealStoreContractTest extends RecordStoreContract<DealId, Deal> {
    private CompanyId company;
    private Pipeline pipeline;

    @Override
    protected String table() {
        return "deals";
    }

    @Override
    protected RecordStore<DealId, Deal> storeOn(Persistence db) {
        return db.deals();
    }

    @Override
    protected void prepare(Persistence db) {
        company = db.companies().nextId();
        db.companies().save(Company.create(company, aCompany().build(), CREATOR, T0));
        var stages = new ArrayList<Stage>();
        threeStages().forEach(d -> stages.add(new Stage(db.pipelines().nextStageId(), d)));
        pipeline = Pipeline.create(
                db.pipelines().nextId(), aPipeline().asDefault().build(), new PipelineStages(stages), CREATOR, T0);
        db.pipelines().save(pipeline);
    }

    private Stage stage(int index) {
        return pipeline.stages().inOrder().get(index);
    }

    @Override
    protected Deal newRecord(DealId id) {
        var details = aDeal(company, pipeline.id(), stage(0).id())
                .ownedBy(CREATOR.value())
                .worth("1234.50", "EUR")
                .build();
        return Deal.create(id, details, stage(0), 0, CREATOR, T0);
    }

    @Override
    protected Deal changed(Deal deal, Instant now) {
        var edit = new DealEdit(
                FieldEdit.set("Rahmenvertrag 2028"),
                FieldEdit.keep(),
                FieldEdit.keep(),
                FieldEdit.keep(),
                FieldEdit.keep(),
                FieldEdit.set(new BigDecimal("99.99")),
                FieldEdit.keep(),
                FieldEdit.set(35),
                FieldEdit.keep(),
                FieldEdit.keep(),
                FieldEdit.keep());
        return deal.placedIn(edit.applyTo(deal.details()), stage(0), 0, now);
    }

    @Override
    protected DealId idOf(Deal deal) {
        return deal.id();
    }

    @Override
    protected Object stateOf(Deal deal) {
        return List.of(
                deal.id(),
                deal.details(),
                deal.status(),
                deal.probability(),
                deal.position(),
                deal.wonAt(),
                deal.lostAt(),
                deal.lifecycle());
    }

    @Override
    protected Optional<Deal> deleted(Deal deal, Instant now) {
        return Optional.of(deal.delete(now));
    }

    @Override
    protected Deal restored(Deal deal, Instant now) {
        return deal.undelete(0, now);
    }

    @Test
    void an_amount_is_kept_exact_with_two_places_and_a_won_deal_with_its_time() {
        var id = db().deals().nextId();
        var won = Deal.create(
                id,
                aDeal(company, pipeline.id(), stage(1).id())
                        .ownedBy(CREATOR.value())
                        .worth("0.10", "HUF")
                        .build(),
                stage(1),
                0,
                CREATOR,
                T0);
        db().deals().save(won);
        var read = db().deals().findById(id).orElseThrow();
        assertEquals(new BigDecimal("0.10"), read.details().amount());
        assertEquals("HUF", read.details().currency());
        assertEquals(100, read.probability());
        assertEquals(Optional.of(T0), read.wonAt());
    }

    @Test
    void the_stage_history_reads_back_in_order() {
        var deal = newRecord(db().deals().nextId());
        db().deals().save(deal);
        db().deals().recordStageChange(StageChange.of(null, deal, CREATOR));
        var moved = deal.move(stage(2), 0, "too expensive", T0.plusSeconds(60));
        db().deals().save(moved);
        db().deals().recordStageChange(StageChange.of(deal, moved, CREATOR));
        var history = db().deals().stageHistory(deal.id());
        assertEquals(2, history.size(), history::toString);
        assertTrue(history.get(0).fromStage().isEmpty());
        assertEquals(stage(0).id(), history.get(0).to());
        assertEquals(Optional.of(stage(0).id()), history.get(1).fromStage());
        assertEquals(stage(2).id(), history.get(1).to());
        assertEquals(0, history.get(1).probability());
    }

    @Test
    void every_write_of_a_forecast_field_leaves_a_revision_and_a_shift_leaves_none() throws Exception {
        var deal = newRecord(db().deals().nextId());
        db().deals().save(deal);
        db().deals().save(changed(deal, T0.plusSeconds(10)));
        db().deals().closeGap(stage(0).id(), 5);
        db().deals().openGap(stage(0).id(), 1, new DealId(deal.id().value() + 1000));
        try (var c = db().dataSource().getConnection();
                var rows = c.createStatement()
                        .executeQuery(
                                "SELECT amount FROM deal_revisions WHERE deal_id = " + deal.id() + " ORDER BY id")) {
            var amounts = new ArrayList<String>();
            while (rows.next()) {
                amounts.add(rows.getBigDecimal(1).toPlainString());
            }
            assertEquals(List.of("1234.50", "99.99"), amounts);
        }
        assertFalse(db().deals().holdsLiveDeals(stage(1).id()));
        assertTrue(db().deals().holdsLiveDeals(stage(0).id()));
    }
}
