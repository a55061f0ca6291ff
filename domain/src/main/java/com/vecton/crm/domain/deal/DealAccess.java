package com.vecton.crm.domain.deal;

import com.vecton.crm.domain.access.ResourceAttributes;
import com.vecton.crm.domain.access.ResourceName;
import com.vecton.crm.domain.access.UserId;
import com.vecton.crm.domain.pipeline.PipelineId;
import com.vecton.crm.domain.pipeline.StageKind;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * What a deal exposes to policy conditions as {@code resource.<attribute>}: {@code owner_id},
 * {@code created_by} (user id strings), {@code pipeline_id}, {@code stage_id}, {@code company_id}
 * (numbers) and {@code status} (its API name). An attribute a deal lacks (no recorded creator) is
 * left out, so conditions on it fail closed.
 */
public final class DealAccess {
    /**
     * The attributes a list of deals can be filtered on in the store, so that allows and denies
     * conditioned on them (StringEquals, StringNotEquals) decide a list item by item: all of them.
     */
    public static final Set<String> FILTERABLE =
            Set.of("owner_id", "pipeline_id", "stage_id", "company_id", "status", "created_by");

    private DealAccess() {}

    /** The attributes of a deal with these details and status, created by {@code creator}. */
    public static ResourceAttributes attributesOf(DealDetails details, StageKind status, UserId creator) {
        var values = new HashMap<String, Object>();
        if (details.ownerId() != null) {
            values.put("owner_id", details.ownerId().value());
        }
        if (details.pipelineId() != null) {
            values.put("pipeline_id", details.pipelineId().value());
        }
        if (details.stageId() != null) {
            values.put("stage_id", details.stageId().value());
        }
        values.put("company_id", details.companyId().value());
        if (status != null) {
            values.put("status", status.apiName());
        }
        if (creator != null) {
            values.put("created_by", creator.value());
        }
        return new ResourceAttributes(values);
    }

    /**
     * What every deal of one pipeline shares, for its board and forecast: only {@code pipeline_id},
     * so a condition on any other attribute cannot hold for an allow.
     */
    public static ResourceAttributes attributesOfPipeline(PipelineId pipeline) {
        return new ResourceAttributes(Map.of("pipeline_id", pipeline.value()));
    }

    /** {@code crm:deals}, for lists of all deals and new deals. */
    public static ResourceName collection() {
        return ResourceName.collection(Deal.RESOURCE_TYPE);
    }
}
