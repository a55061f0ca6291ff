package com.vecton.crm.domain.deal;

import static com.vecton.crm.domain.testing.DealDetailsBuilder.aDeal;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vecton.crm.domain.access.UserId;
import com.vecton.crm.domain.company.CompanyId;
import com.vecton.crm.domain.pipeline.PipelineId;
import com.vecton.crm.domain.pipeline.Stage;
import com.vecton.crm.domain.pipeline.StageDetails;
import com.vecton.crm.domain.pipeline.StageId;
import com.vecton.crm.domain.pipeline.StageKind;
import com.vecton.crm.domain.problem.ValidationFailed;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DealTest {
    private static final Instant T0 = Instant.parse("2026-11-20T10:00:00Z");
    private static final UserId ADA = new UserId("u-admin");
    private static final Stage LEAD = new Stage(new StageId(1), StageDetails.of("Lead", StageKind.OPEN, 10));
    private static final Stage PROPOSAL = new Stage(new StageId(2), StageDetails.of("Proposal", StageKind.OPEN, 50));
    private static final Stage WON = new Stage(new StageId(3), StageDetails.of("Won", StageKind.WON, null));
    private static final Stage LOST = new Stage(new StageId(4), StageDetails.of("Lost", StageKind.LOST, null));

    private static Deal deal(Integer manualProbability) {
        var details = aDeal(new CompanyId(7), new PipelineId(1), LEAD.id())
                .withProbability(manualProbability)
                .build();
        return Deal.create(new DealId(1), details, LEAD, 0, ADA, T0);
    }

    @Test
    void a_new_deal_has_its_stage_s_probability_and_kind() {
        var deal = deal(null);
        assertEquals(StageKind.OPEN, deal.status());
        assertEquals(10, deal.probability());
        assertEquals(ProbabilitySource.STAGE, deal.probabilitySource());
    }

    @Test
    void a_probability_set_by_hand_survives_open_stages_until_cleared() {
        var moved = deal(33).move(PROPOSAL, 0, null, T0.plusSeconds(1));
        assertEquals(33, moved.probability());
        assertEquals(ProbabilitySource.MANUAL, moved.probabilitySource());
        var cleared = moved.placedIn(moved.details().withManualProbability(null), PROPOSAL, 0, T0.plusSeconds(2));
        assertEquals(50, cleared.probability());
        assertEquals(ProbabilitySource.STAGE, cleared.probabilitySource());
    }

    @Test
    void a_won_or_lost_stage_sets_100_or_0_and_clears_a_hand_set_probability() {
        var won = deal(33).move(WON, 0, null, T0.plusSeconds(1));
        assertEquals(100, won.probability());
        assertEquals(Optional.of(T0.plusSeconds(1)), won.wonAt());
        assertEquals(ProbabilitySource.STAGE, won.probabilitySource());
        var lost = deal(33).move(LOST, 0, "Zu teuer", T0.plusSeconds(1));
        assertEquals(0, lost.probability());
        assertEquals("Zu teuer", lost.details().lostReason());
        var reopened = lost.move(PROPOSAL, 0, null, T0.plusSeconds(2));
        assertNull(reopened.details().lostReason());
        assertTrue(reopened.lostAt().isEmpty());
        assertEquals(50, reopened.probability());
    }

    @Test
    void a_lost_stage_needs_a_reason() {
        var refused = assertThrows(ValidationFailed.class, () -> deal(null).move(LOST, 0, null, T0));
        assertTrue(refused.errors().containsKey("lost_reason"));
    }

    @Test
    void a_deal_that_stays_keeps_the_probability_it_entered_its_stage_with() {
        var deal = deal(null);
        var raised = new Stage(LEAD.id(), StageDetails.of("Lead", StageKind.OPEN, 20));
        var edited = deal.placedIn(deal.details(), raised, 0, T0.plusSeconds(1));
        assertEquals(10, edited.probability());
    }

    @Test
    void amounts_are_exact_with_two_places_and_refused_otherwise() {
        assertEquals(
                new BigDecimal("12.50"),
                aDeal(new CompanyId(1), new PipelineId(1), LEAD.id())
                        .worth("12.5", "EUR")
                        .build()
                        .amount());
        for (String bad : List.of("-0.01", "1.005", "10000000000000")) {
            var refused = assertThrows(
                    ValidationFailed.class,
                    () -> aDeal(new CompanyId(1), new PipelineId(1), LEAD.id())
                            .worth(bad, "EUR")
                            .build());
            assertTrue(refused.errors().containsKey("amount"), bad);
        }
        assertEquals(new BigDecimal("33.33"), Money.shown(Money.weighted(new BigDecimal("101.00"), 33)));
    }

    @Test
    void time_in_stage_runs_to_the_next_change_or_now_and_stops_for_a_closed_deal() {
        var id = new DealId(1);
        var changes = List.of(
                new StageChange(id, null, LEAD.id(), T0, ADA, 10),
                new StageChange(id, LEAD.id(), WON.id(), T0.plusSeconds(90), ADA, 100));
        var closed = StageStay.of(changes, StageKind.WON, T0.plusSeconds(500));
        assertEquals(Optional.of(Duration.ofSeconds(90)), closed.get(0).spent());
        assertEquals(Optional.of(T0.plusSeconds(90)), closed.get(0).left());
        assertTrue(closed.get(1).spent().isEmpty());
        var open = StageStay.of(changes.subList(0, 1), StageKind.OPEN, T0.plusSeconds(500));
        assertEquals(Optional.of(Duration.ofSeconds(500)), open.get(0).spent());
    }

    @Test
    void currency_totals_never_add_one_currency_to_another() {
        var eur = deal(null);
        var huf = Deal.create(
                new DealId(2),
                aDeal(new CompanyId(7), new PipelineId(1), LEAD.id())
                        .worth("1000", "HUF")
                        .build(),
                LEAD,
                1,
                ADA,
                T0);
        var totals = CurrencyTotal.of(List.of(eur, huf));
        assertEquals(
                List.of("EUR", "HUF"),
                totals.stream().map(CurrencyTotal::currency).toList());
        assertEquals(new BigDecimal("4800.00"), totals.get(0).weightedAmount());
        assertEquals(new BigDecimal("100.00"), totals.get(1).weightedAmount());
    }
}
