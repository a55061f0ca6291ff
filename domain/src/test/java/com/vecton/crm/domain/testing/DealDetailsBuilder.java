package com.vecton.crm.domain.testing;

import com.vecton.crm.domain.access.UserId;
import com.vecton.crm.domain.company.CompanyId;
import com.vecton.crm.domain.contact.ContactId;
import com.vecton.crm.domain.deal.DealDetails;
import com.vecton.crm.domain.pipeline.PipelineId;
import com.vecton.crm.domain.pipeline.StageId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

/** Test data: valid, complete {@link DealDetails} of one company in one stage, changed only where a test cares. */
public final class DealDetailsBuilder {
    private String title = "Rahmenvertrag 2027";
    private final CompanyId company;
    private Set<ContactId> contacts = Set.of();
    private final PipelineId pipeline;
    private StageId stage;
    private BigDecimal amount = new BigDecimal("48000.00");
    private String currency = "EUR";
    private Integer probability;
    private LocalDate expectedClose = LocalDate.of(2027, 3, 31);
    private UserId owner = new UserId("u-admin");
    private String lostReason;

    private DealDetailsBuilder(CompanyId company, PipelineId pipeline, StageId stage) {
        this.company = company;
        this.pipeline = pipeline;
        this.stage = stage;
    }

    public static DealDetailsBuilder aDeal(CompanyId company, PipelineId pipeline, StageId stage) {
        return new DealDetailsBuilder(company, pipeline, stage);
    }

    public DealDetailsBuilder titled(String title) {
        this.title = title;
        return this;
    }

    public DealDetailsBuilder withContacts(ContactId... contacts) {
        this.contacts = Set.of(contacts);
        return this;
    }

    public DealDetailsBuilder inStage(StageId stage) {
        this.stage = stage;
        return this;
    }

    public DealDetailsBuilder worth(String amount, String currency) {
        this.amount = amount == null ? null : new BigDecimal(amount);
        this.currency = currency;
        return this;
    }

    public DealDetailsBuilder withProbability(Integer probability) {
        this.probability = probability;
        return this;
    }

    public DealDetailsBuilder closing(String date) {
        this.expectedClose = date == null ? null : LocalDate.parse(date);
        return this;
    }

    public DealDetailsBuilder ownedBy(String owner) {
        this.owner = new UserId(owner);
        return this;
    }

    public DealDetailsBuilder lostBecause(String reason) {
        this.lostReason = reason;
        return this;
    }

    public DealDetails build() {
        return new DealDetails(
                title,
                company,
                contacts,
                pipeline,
                stage,
                amount,
                currency,
                probability,
                expectedClose,
                owner,
                lostReason);
    }
}
