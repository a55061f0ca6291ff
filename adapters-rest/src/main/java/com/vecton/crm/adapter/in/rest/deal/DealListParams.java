package com.vecton.crm.adapter.in.rest.deal;

import com.vecton.crm.adapter.in.rest.input.InputErrors;
import com.vecton.crm.adapter.in.rest.input.ListParams;
import com.vecton.crm.adapter.in.rest.input.PageParams;
import com.vecton.crm.adapter.in.rest.input.QueryParams;
import com.vecton.crm.domain.access.UserId;
import com.vecton.crm.domain.company.CompanyId;
import com.vecton.crm.domain.contact.ContactId;
import com.vecton.crm.domain.deal.DealQuery;
import com.vecton.crm.domain.listing.PageRequest;
import com.vecton.crm.domain.pipeline.PipelineId;
import com.vecton.crm.domain.pipeline.StageId;
import com.vecton.crm.domain.pipeline.StageKind;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The query string of a deal list, as sent, and how it becomes a {@link DealQuery}. Every
 * malformed parameter is one 422 naming it. The expected close filters are days, a half-open range
 * as the tasks' due filters are: {@code expected_close_after} inclusive, {@code
 * expected_close_before} exclusive; the amount filters are inclusive.
 */
record DealListParams(
        PageParams paging,
        String search,
        String sort,
        String pipelineId,
        String stageId,
        String status,
        String ownerId,
        String companyId,
        String contactId,
        String closeAfter,
        String closeBefore,
        String amountMin,
        String amountMax) {

    /** A list request read from the query string. */
    record Listing(DealQuery query, PageRequest page) {}

    /** @param caller who {@code owner_id=me} means */
    Listing read(UserId caller) {
        var errors = new InputErrors();
        var params = ListParams.read(paging, search, sort, DealQuery.SORTABLE, DealQuery.DEFAULT_SORT, errors);
        Long pipeline = QueryParams.positiveId(pipelineId, "pipeline_id", errors);
        Long stage = QueryParams.positiveId(stageId, "stage_id", errors);
        StageKind statusFilter = status == null || status.isBlank()
                ? null
                : errors.capture(() -> StageKind.parse("status", status.strip()));
        UserId owner = QueryParams.userIdOrMe(ownerId, "owner_id", caller, errors);
        Long company = QueryParams.positiveId(companyId, "company_id", errors);
        Long contact = QueryParams.positiveId(contactId, "contact_id", errors);
        LocalDate after = QueryParams.date(closeAfter, "expected_close_after", errors);
        LocalDate before = QueryParams.date(closeBefore, "expected_close_before", errors);
        BigDecimal min = QueryParams.decimal(amountMin, "amount_min", errors);
        BigDecimal max = QueryParams.decimal(amountMax, "amount_max", errors);
        // Every parameter read first: a refused sort leaves no sort to build a query with.
        errors.throwIfAny();
        var builder = new DealQuery.Builder()
                .sort(params.sort())
                .search(params.search().orElse(null))
                .pipeline(pipeline == null ? null : new PipelineId(pipeline))
                .stage(stage == null ? null : new StageId(stage))
                .status(statusFilter)
                .owner(owner)
                .company(company == null ? null : new CompanyId(company))
                .contact(contact == null ? null : new ContactId(contact))
                .closingBetween(after, before)
                .amountBetween(min, max);
        DealQuery query = errors.capture(builder::build);
        errors.throwIfAny();
        return new Listing(query, params.page());
    }
}
