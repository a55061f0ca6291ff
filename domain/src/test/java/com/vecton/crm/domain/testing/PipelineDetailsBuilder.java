package com.vecton.crm.domain.testing;

import com.vecton.crm.domain.pipeline.PipelineDetails;
import com.vecton.crm.domain.pipeline.PipelineStages;
import com.vecton.crm.domain.pipeline.Stage;
import com.vecton.crm.domain.pipeline.StageDetails;
import com.vecton.crm.domain.pipeline.StageId;
import com.vecton.crm.domain.pipeline.StageKind;
import java.util.ArrayList;
import java.util.List;

/** Test data: valid {@link PipelineDetails}, and the fewest stages a pipeline may have, changed only where a test cares. */
public final class PipelineDetailsBuilder {
    private String name = "Neukunden";
    private boolean isDefault;
    private String currency;

    private PipelineDetailsBuilder() {}

    public static PipelineDetailsBuilder aPipeline() {
        return new PipelineDetailsBuilder();
    }

    public PipelineDetailsBuilder named(String name) {
        this.name = name;
        return this;
    }

    public PipelineDetailsBuilder asDefault() {
        this.isDefault = true;
        return this;
    }

    public PipelineDetailsBuilder inCurrency(String currency) {
        this.currency = currency;
        return this;
    }

    public PipelineDetails build() {
        return new PipelineDetails(name, isDefault, currency);
    }

    /** Open "Lead", won "Won", lost "Lost": one of each kind, each with its kind's probability. */
    public static List<StageDetails> threeStages() {
        return List.of(
                StageDetails.of("Lead", StageKind.OPEN, null),
                StageDetails.of("Won", StageKind.WON, null),
                StageDetails.of("Lost", StageKind.LOST, null));
    }

    /** {@link #threeStages()} with the ids {@code firstId}, {@code firstId + 1}, … in their order. */
    public static PipelineStages threeStagesFrom(long firstId) {
        var stages = new ArrayList<Stage>();
        for (StageDetails details : threeStages()) {
            stages.add(new Stage(new StageId(firstId + stages.size()), details));
        }
        return new PipelineStages(stages);
    }
}
