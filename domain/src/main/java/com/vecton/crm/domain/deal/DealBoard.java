package com.vecton.crm.domain.deal;

import com.vecton.crm.domain.pipeline.Pipeline;
import com.vecton.crm.domain.pipeline.Stage;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;

/**
 * A pipeline's board: its stages in order, each with its live deals in position order and what
 * they add up to per currency ({@link CurrencyTotal}); a stage may be empty.
 */
public record DealBoard(Pipeline pipeline, List<Column> columns) {
    public DealBoard {
        if (pipeline == null || columns == null) {
            throw new IllegalArgumentException("a board belongs to a pipeline and has columns");
        }
        columns = List.copyOf(columns);
    }

    /** One stage of the board. */
    public record Column(Stage stage, List<Deal> deals, List<CurrencyTotal> totals) {
        public Column {
            deals = List.copyOf(deals);
            totals = List.copyOf(totals);
        }
    }

    /** The board of these live deals of the pipeline, each in the column of its stage, in the order given. */
    public static DealBoard of(Pipeline pipeline, List<Deal> dealsInPositionOrder) {
        var byStage = new HashMap<Long, List<Deal>>();
        for (Deal deal : dealsInPositionOrder) {
            byStage.computeIfAbsent(deal.details().stageId().value(), s -> new ArrayList<>())
                    .add(deal);
        }
        var columns = new ArrayList<Column>();
        for (Stage stage : pipeline.stages().inOrder()) {
            var deals = byStage.getOrDefault(stage.id().value(), List.of());
            columns.add(new Column(stage, deals, CurrencyTotal.of(deals)));
        }
        return new DealBoard(pipeline, columns);
    }
}
