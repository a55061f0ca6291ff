package com.vecton.crm.adapter.out.persistence.portal;

import com.vecton.crm.adapter.out.persistence.PagedSelect;
import com.vecton.crm.adapter.out.persistence.SearchMatch;
import com.vecton.crm.adapter.out.persistence.Where;
import com.vecton.crm.application.port.out.CustomerDeals;
import com.vecton.crm.application.port.out.LinkedDeals;
import com.vecton.crm.domain.company.CompanyId;
import com.vecton.crm.domain.deal.DealId;
import com.vecton.crm.domain.listing.Page;
import com.vecton.crm.domain.listing.PageRequest;
import com.vecton.crm.domain.pipeline.StageKind;
import com.vecton.crm.domain.portal.CustomerDeal;
import com.vecton.crm.domain.portal.CustomerDealQuery;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;

/**
 * {@link CustomerDeals} and {@link LinkedDeals} on Postgres ({@code deals} of V19, with their stage's
 * name from {@code pipeline_stages}); rows mapped by hand. A deal's path to a company is its own
 * {@code company_id} (index {@code deals_company_idx}); the list and the item take the same one.
 */
public final class JdbiCustomerDeals implements CustomerDeals, LinkedDeals {
    private static final String FROM = "deals JOIN pipeline_stages s ON s.id = deals.stage_id";
    private static final String COLUMNS =
            "deals.id, deals.title, s.name, deals.status, deals.amount, deals.currency," + " deals.expected_close_date";
    private static final String OF_COMPANY = "deals.company_id = :company AND deals.deleted_at IS NULL";

    /** API sort field to sort key, each with an index (key, id) among the deals'. */
    private static final Map<String, String> SORT_COLUMNS = Map.of(
            "title", "public.f_unaccent(lower(deals.title))",
            "expected_close_date", "deals.expected_close_date",
            "created_at", "deals.created_at");

    private static final String HOLD_LIVE = """
            SELECT company_id FROM deals WHERE id = :id AND deleted_at IS NULL FOR SHARE""";

    private static final RowMapper<CustomerDeal> DEAL = (rows, context) -> new CustomerDeal(
            new DealId(rows.getLong(1)),
            rows.getString(2),
            rows.getString(3),
            StageKind.fromStored(rows.getString(4)),
            rows.getBigDecimal(5),
            rows.getString(6),
            rows.getObject(7, java.time.LocalDate.class));

    private final Jdbi jdbi;

    public JdbiCustomerDeals(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public Page<CustomerDeal> search(CompanyId company, CustomerDealQuery query, PageRequest page) {
        var where = Where.of(OF_COMPANY);
        query.search().ifPresent(s -> where.and(SearchMatch.on("deals.search_text"), q -> SearchMatch.bind(q, s)));
        String direction = query.sort().descending() ? " DESC" : " ASC";
        var select = new PagedSelect(
                FROM,
                COLUMNS,
                where.toString(),
                SORT_COLUMNS.get(query.sort().field()) + direction + ", deals.id" + direction,
                // In index order always: a company's deals are few, and the sort keys name the joined table.
                false);
        return jdbi.withHandle(handle -> select.run(
                handle,
                page,
                q -> {
                    q.bind("company", company.value());
                    where.bind(q);
                },
                DEAL,
                PagedSelect.NARROW_FIRST_UP_TO));
    }

    @Override
    public Optional<CustomerDeal> find(CompanyId company, DealId id) {
        return jdbi.withHandle(handle -> handle.createQuery(
                        "SELECT " + COLUMNS + "\nFROM " + FROM + "\nWHERE " + OF_COMPANY + " AND deals.id = :id")
                .bind("company", company.value())
                .bind("id", id.value())
                .map(DEAL)
                .findOne());
    }

    @Override
    public Optional<CompanyId> holdLiveCompanyOf(DealId deal) {
        return jdbi.withHandle(handle -> handle.createQuery(HOLD_LIVE)
                .bind("id", deal.value())
                .mapTo(Long.class)
                .findOne()
                .map(CompanyId::new));
    }
}
