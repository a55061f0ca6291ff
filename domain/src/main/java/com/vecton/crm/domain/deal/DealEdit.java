package com.vecton.crm.domain.deal;

import com.vecton.crm.domain.access.UserId;
import com.vecton.crm.domain.company.CompanyId;
import com.vecton.crm.domain.contact.ContactId;
import com.vecton.crm.domain.edit.FieldEdit;
import com.vecton.crm.domain.pipeline.PipelineId;
import com.vecton.crm.domain.pipeline.StageId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

/**
 * A partial update of a deal ({@code PATCH}); {@link #replacingWith} turns a full replacement
 * ({@code PUT}) into the same shape. Setting the pipeline, stage, currency or owner to {@code null}
 * means its default again; setting {@code probability} to {@code null} clears a probability set by
 * hand, so the stage's applies. A deal moved to another pipeline without a stage named goes to that
 * pipeline's first open stage.
 */
public record DealEdit(
        FieldEdit<String> title,
        FieldEdit<CompanyId> companyId,
        FieldEdit<Set<ContactId>> contactIds,
        FieldEdit<PipelineId> pipelineId,
        FieldEdit<StageId> stageId,
        FieldEdit<BigDecimal> amount,
        FieldEdit<String> currency,
        FieldEdit<Integer> probability,
        FieldEdit<LocalDate> expectedCloseDate,
        FieldEdit<UserId> ownerId,
        FieldEdit<String> lostReason) {

    public DealEdit {
        FieldEdit.requireEvery(
                "a deal edit",
                title,
                companyId,
                contactIds,
                pipelineId,
                stageId,
                amount,
                currency,
                probability,
                expectedCloseDate,
                ownerId,
                lostReason);
    }

    /** An edit that keeps every field; the start of an edit built field by field. */
    public static DealEdit keepingAll() {
        return new DealEdit(
                FieldEdit.keep(),
                FieldEdit.keep(),
                FieldEdit.keep(),
                FieldEdit.keep(),
                FieldEdit.keep(),
                FieldEdit.keep(),
                FieldEdit.keep(),
                FieldEdit.keep(),
                FieldEdit.keep(),
                FieldEdit.keep(),
                FieldEdit.keep());
    }

    public static DealEdit replacingWith(DealDetails d) {
        return new DealEdit(
                FieldEdit.set(d.title()),
                FieldEdit.set(d.companyId()),
                FieldEdit.set(d.contactIds()),
                FieldEdit.set(d.pipelineId()),
                FieldEdit.set(d.stageId()),
                FieldEdit.set(d.amount()),
                FieldEdit.set(d.currency()),
                FieldEdit.set(d.manualProbability()),
                FieldEdit.set(d.expectedCloseDate()),
                FieldEdit.set(d.ownerId()),
                FieldEdit.set(d.lostReason()));
    }

    /** Whether this edit sets a probability by hand (not merely keeps or clears one). */
    public boolean setsProbability() {
        return probability instanceof FieldEdit.Set<Integer> set && set.value() != null;
    }

    /**
     * The details after this edit, validated as a whole; the defaults of what it leaves absent
     * (a pipeline, stage, currency or owner set to {@code null}) are the use case's to give.
     */
    public DealDetails applyTo(DealDetails d) {
        PipelineId pipeline = pipelineId.applyTo(d.pipelineId());
        boolean otherPipeline = !Objects.equals(pipeline, d.pipelineId());
        StageId stage =
                otherPipeline && !(stageId instanceof FieldEdit.Set<StageId>) ? null : stageId.applyTo(d.stageId());
        return new DealDetails(
                title.applyTo(d.title()),
                companyId.applyTo(d.companyId()),
                contactIds.applyTo(d.contactIds()),
                pipeline,
                stage,
                amount.applyTo(d.amount()),
                currency.applyTo(d.currency()),
                probability.applyTo(d.manualProbability()),
                expectedCloseDate.applyTo(d.expectedCloseDate()),
                ownerId.applyTo(d.ownerId()),
                lostReason.applyTo(d.lostReason()));
    }
}
