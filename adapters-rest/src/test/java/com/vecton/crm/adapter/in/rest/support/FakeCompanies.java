package com.vecton.crm.adapter.in.rest.support;

import com.vecton.crm.application.port.in.company.CreateCompanyUseCase;
import com.vecton.crm.application.port.in.company.EditCompanyUseCase;
import com.vecton.crm.application.port.in.lifecycle.DeleteRecordUseCase;
import com.vecton.crm.application.port.in.lifecycle.ListRecordsUseCase;
import com.vecton.crm.application.port.in.lifecycle.RestoreRecordUseCase;
import com.vecton.crm.application.port.in.lifecycle.ShowRecordUseCase;
import com.vecton.crm.domain.access.Requester;
import com.vecton.crm.domain.audit.Actor;
import com.vecton.crm.domain.company.Company;
import com.vecton.crm.domain.company.CompanyDetails;
import com.vecton.crm.domain.company.CompanyEdit;
import com.vecton.crm.domain.company.CompanyId;
import com.vecton.crm.domain.company.CompanyQuery;
import com.vecton.crm.domain.listing.Page;
import com.vecton.crm.domain.listing.PageRequest;
import com.vecton.crm.domain.problem.Conflict;
import com.vecton.crm.domain.problem.NotFound;
import com.vecton.crm.domain.problem.RuleViolated;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The company use cases over a map. Two names provoke the problems the contract maps:
 * {@link #CONFLICTING_NAME} a 409, {@link #RULE_BREAKING_NAME} a rule-specific 422.
 */
public final class FakeCompanies
        implements CreateCompanyUseCase,
                EditCompanyUseCase,
                DeleteRecordUseCase<CompanyId>,
                RestoreRecordUseCase<CompanyId, Company>,
                ShowRecordUseCase<CompanyId, Company>,
                ListRecordsUseCase<CompanyQuery, Company> {
    public static final String CONFLICTING_NAME = "Taken Ltd";
    public static final String RULE_BREAKING_NAME = "Forbidden Rule Ltd";

    private final Map<Long, Company> companies = new ConcurrentSkipListMap<>();
    private final AtomicLong ids = new AtomicLong(10);
    private final AtomicLong ticks = new AtomicLong();
    private final Instant epoch = Instant.parse("2026-11-20T10:00:00Z");
    public final AtomicReference<CompanyQuery> lastQuery = new AtomicReference<>();
    public final AtomicReference<PageRequest> lastPage = new AtomicReference<>();

    @Override
    public Company create(Actor actor, CompanyDetails details) {
        if (CONFLICTING_NAME.equals(details.name())) {
            throw new Conflict("company_exists", "A company with this name exists.");
        }
        if (RULE_BREAKING_NAME.equals(details.name())) {
            throw new RuleViolated("company_name_reserved", "This name is reserved.");
        }
        var company = Company.create(new CompanyId(ids.incrementAndGet()), details, actor.userId(), now());
        companies.put(company.id().value(), company);
        return company;
    }

    @Override
    public Company edit(Requester who, CompanyId id, CompanyEdit edit) {
        var edited = live(id).edit(edit, now());
        companies.put(id.value(), edited);
        return edited;
    }

    @Override
    public void delete(Requester who, CompanyId id) {
        companies.put(id.value(), live(id).delete(now()));
    }

    @Override
    public Company restore(Requester who, CompanyId id) {
        var company = companies.get(id.value());
        if (company == null) {
            throw new NotFound("company", id);
        }
        var restored = company.isDeleted() ? company.undelete(now()) : company;
        companies.put(id.value(), restored);
        return restored;
    }

    @Override
    public Company show(Requester who, CompanyId id) {
        return live(id);
    }

    @Override
    public Page<Company> list(Requester who, CompanyQuery query, PageRequest page) {
        lastQuery.set(query);
        lastPage.set(page);
        var live = companies.values().stream().filter(c -> !c.isDeleted()).toList();
        return new Page<>(
                live.stream().skip(page.offset()).limit(page.perPage()).toList(), page, live.size());
    }

    private Company live(CompanyId id) {
        var company = companies.get(id.value());
        if (company == null || company.isDeleted()) {
            throw new NotFound("company", id);
        }
        return company;
    }

    private Instant now() {
        return epoch.plusSeconds(ticks.incrementAndGet());
    }
}
