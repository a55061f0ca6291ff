package com.vecton.crm.domain.deal;

import com.vecton.crm.domain.access.UserId;
import com.vecton.crm.domain.company.CompanyId;
import com.vecton.crm.domain.contact.ContactId;
import com.vecton.crm.domain.edit.Text;
import com.vecton.crm.domain.pipeline.PipelineDetails;
import com.vecton.crm.domain.pipeline.PipelineId;
import com.vecton.crm.domain.pipeline.StageId;
import com.vecton.crm.domain.problem.FieldErrors;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What a user may set on a deal. Validates all fields at once; texts are trimmed and blank ones
 * become absent, the currency upper-cased, the amount given exactly two places. The pipeline, the
 * stage, the currency and the owner may be absent here: the use case gives them their defaults
 * (the default pipeline, its first open stage, its currency, the caller) before a deal is made of
 * them ({@link #withDefaults}). That the company and contacts are live, the owner an active user
 * and the stage one of the pipeline's are rules about stored data, checked by the use cases.
 *
 * @param manualProbability a probability set by hand (0-100), or {@code null}: the stage's
 * @param lostReason        why the deal was lost; required in a lost stage, dropped in any other
 */
public record DealDetails(
        String title,
        CompanyId companyId,
        Set<ContactId> contactIds,
        PipelineId pipelineId,
        StageId stageId,
        BigDecimal amount,
        String currency,
        Integer manualProbability,
        LocalDate expectedCloseDate,
        UserId ownerId,
        String lostReason) {
    public static final int MAX_TITLE = 200;
    public static final int MAX_LOST_REASON = 500;

    public DealDetails {
        title = Text.clean(title);
        lostReason = Text.clean(lostReason);
        currency = Text.clean(currency) == null ? null : Text.clean(currency).toUpperCase(Locale.ROOT);
        contactIds = contactIds == null ? Set.of() : Set.copyOf(contactIds);
        var errors = new FieldErrors();
        if (title == null) {
            errors.add("title", "is required");
        }
        errors.maxLength("title", title, MAX_TITLE).maxLength("lost_reason", lostReason, MAX_LOST_REASON);
        if (companyId == null) {
            errors.add("company_id", "is required");
        }
        String amountProblem = Money.problemWith(amount);
        if (amountProblem != null) {
            errors.add("amount", amountProblem);
        }
        if (currency != null && !PipelineDetails.isCurrency(currency)) {
            errors.add("currency", "must be an ISO 4217 currency code such as EUR");
        }
        if (manualProbability != null && (manualProbability < 0 || manualProbability > 100)) {
            errors.add("probability", "must be between 0 and 100");
        }
        errors.throwIfAny();
        amount = Money.exact(amount);
    }

    /**
     * The details with what was left out given its default: the pipeline, its stage
     * ({@code firstOpenStage} when none was named, or when the deal changes pipeline without naming one),
     * the pipeline's currency, the owner.
     */
    public DealDetails withDefaults(
            PipelineId pipeline, StageId firstOpenStage, String pipelineCurrency, UserId defaultOwner) {
        return new DealDetails(
                title,
                companyId,
                contactIds,
                pipeline,
                stageId == null ? firstOpenStage : stageId,
                amount,
                currency == null ? pipelineCurrency : currency,
                manualProbability,
                expectedCloseDate,
                ownerId == null ? defaultOwner : ownerId,
                lostReason);
    }

    /** The same details in another stage (of the same pipeline), with the lost reason given. */
    public DealDetails inStage(StageId stage, String reason) {
        return new DealDetails(
                title,
                companyId,
                contactIds,
                pipelineId,
                stage,
                amount,
                currency,
                manualProbability,
                expectedCloseDate,
                ownerId,
                reason);
    }

    /** The same details, the probability set by hand cleared (or left as the rule of the stage's kind says). */
    public DealDetails withManualProbability(Integer probability) {
        return new DealDetails(
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

    /** Whether every default is given (a deal is made only of such details). */
    public boolean isComplete() {
        return pipelineId != null && stageId != null && currency != null && ownerId != null;
    }

    /** The contacts in a stable order (by id), as lists and the audit trail show them. */
    public List<ContactId> sortedContactIds() {
        return contactIds.stream()
                .sorted(Comparator.comparingLong(ContactId::value))
                .toList();
    }

    /** The fields by API name, for the audit trail's before/after. */
    public Map<String, Object> asFields() {
        var fields = new LinkedHashMap<String, Object>();
        fields.put("title", title);
        fields.put("company_id", companyId.value());
        fields.put(
                "contact_ids", sortedContactIds().stream().map(ContactId::value).toList());
        fields.put("pipeline_id", pipelineId == null ? null : pipelineId.value());
        fields.put("stage_id", stageId == null ? null : stageId.value());
        fields.put("amount", amount == null ? null : amount.toPlainString());
        fields.put("currency", currency);
        fields.put("expected_close_date", expectedCloseDate == null ? null : expectedCloseDate.toString());
        fields.put("owner_id", ownerId == null ? null : ownerId.value());
        fields.put("lost_reason", lostReason);
        return fields;
    }
}
