package com.vecton.crm.domain.deal;

import com.vecton.crm.domain.access.UserId;
import com.vecton.crm.domain.company.CompanyId;
import com.vecton.crm.domain.contact.ContactId;
import com.vecton.crm.domain.listing.SortOrder;
import com.vecton.crm.domain.pipeline.PipelineId;
import com.vecton.crm.domain.pipeline.StageId;
import com.vecton.crm.domain.pipeline.StageKind;
import com.vecton.crm.domain.problem.ValidationFailed;
import com.vecton.crm.domain.search.SearchText;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

/**
 * Which live deals a list shows, and in what order. Every filter present must hold. The expected
 * close filters are a half-open range of days, {@code after <= expected_close_date < before}, as the
 * tasks' due filters are, and leave out deals without a date; the amount filters are inclusive,
 * {@code min <= amount <= max}, and leave out deals without an amount. The search matches the title
 * or the company's name.
 */
public record DealQuery(
        Optional<SearchText> search,
        Optional<PipelineId> pipelineId,
        Optional<StageId> stageId,
        Optional<StageKind> status,
        Optional<UserId> ownerId,
        Optional<CompanyId> companyId,
        Optional<ContactId> contactId,
        Optional<LocalDate> closeBefore,
        Optional<LocalDate> closeAfter,
        Optional<BigDecimal> amountMin,
        Optional<BigDecimal> amountMax,
        SortOrder sort) {
    /** The fields a client may sort deals by. */
    public static final Set<String> SORTABLE =
            Set.of("title", "amount", "expected_close_date", "created_at", "updated_at", "position");

    public static final SortOrder DEFAULT_SORT = new SortOrder("created_at", true);

    public DealQuery {
        if (search == null
                || pipelineId == null
                || stageId == null
                || status == null
                || ownerId == null
                || companyId == null
                || contactId == null
                || closeBefore == null
                || closeAfter == null
                || amountMin == null
                || amountMax == null
                || sort == null
                || !SORTABLE.contains(sort.field())) {
            throw new IllegalArgumentException("a deal query has every filter (maybe empty) and an allowed sort");
        }
        if (closeBefore.isPresent()
                && closeAfter.isPresent()
                && !closeAfter.get().isBefore(closeBefore.get())) {
            throw ValidationFailed.of("expected_close_after", "must be before expected_close_before");
        }
        if (amountMin.isPresent() && amountMax.isPresent() && amountMin.get().compareTo(amountMax.get()) > 0) {
            throw ValidationFailed.of("amount_min", "must not be greater than amount_max");
        }
    }

    /** All live deals, newest first. */
    public static DealQuery all() {
        return new Builder().build();
    }

    /** A query built filter by filter; absent ones are not applied. */
    public static final class Builder {
        private SearchText search;
        private PipelineId pipelineId;
        private StageId stageId;
        private StageKind status;
        private UserId ownerId;
        private CompanyId companyId;
        private ContactId contactId;
        private LocalDate closeBefore;
        private LocalDate closeAfter;
        private BigDecimal amountMin;
        private BigDecimal amountMax;
        private SortOrder sort = DEFAULT_SORT;

        public Builder search(SearchText value) {
            search = value;
            return this;
        }

        public Builder pipeline(PipelineId value) {
            pipelineId = value;
            return this;
        }

        public Builder stage(StageId value) {
            stageId = value;
            return this;
        }

        public Builder status(StageKind value) {
            status = value;
            return this;
        }

        public Builder owner(UserId value) {
            ownerId = value;
            return this;
        }

        public Builder company(CompanyId value) {
            companyId = value;
            return this;
        }

        public Builder contact(ContactId value) {
            contactId = value;
            return this;
        }

        /** Deals expected to close on or after {@code after} and before {@code before}; either may be null. */
        public Builder closingBetween(LocalDate after, LocalDate before) {
            closeAfter = after;
            closeBefore = before;
            return this;
        }

        /** Deals of at least {@code min} and at most {@code max}; either may be null. */
        public Builder amountBetween(BigDecimal min, BigDecimal max) {
            amountMin = min;
            amountMax = max;
            return this;
        }

        public Builder sort(SortOrder value) {
            sort = value;
            return this;
        }

        /** @throws ValidationFailed when a range is empty */
        public DealQuery build() {
            return new DealQuery(
                    Optional.ofNullable(search),
                    Optional.ofNullable(pipelineId),
                    Optional.ofNullable(stageId),
                    Optional.ofNullable(status),
                    Optional.ofNullable(ownerId),
                    Optional.ofNullable(companyId),
                    Optional.ofNullable(contactId),
                    Optional.ofNullable(closeBefore),
                    Optional.ofNullable(closeAfter),
                    Optional.ofNullable(amountMin),
                    Optional.ofNullable(amountMax),
                    sort);
        }
    }
}
