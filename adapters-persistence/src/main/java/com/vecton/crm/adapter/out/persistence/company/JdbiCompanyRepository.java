package com.vecton.crm.adapter.out.persistence.company;

import com.vecton.crm.adapter.out.persistence.PagedSelect;
import com.vecton.crm.adapter.out.persistence.SearchMatch;
import com.vecton.crm.application.port.out.CompanyRepository;
import com.vecton.crm.domain.company.Company;
import com.vecton.crm.domain.company.CompanyId;
import com.vecton.crm.domain.company.CompanyQuery;
import com.vecton.crm.domain.listing.Page;
import com.vecton.crm.domain.listing.PageRequest;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Query;

/**
 * {@link CompanyRepository} on Postgres. Joins the caller's transaction when there is one (see
 * {@link com.vecton.crm.adapter.out.persistence.JdbiTransactions}).
 */
public final class JdbiCompanyRepository implements CompanyRepository {
    /**
     * The only text that reaches ORDER BY: API sort field to sort key. Client input selects an entry
     * here and is never written into SQL. Each key has an index {@code (key, id)}. The name sorts
     * on its case- and accent-folded form, as contact names do (see JdbiContactRepository).
     */
    private static final Map<String, String> SORT_COLUMNS = Map.of(
            "name", "public.f_unaccent(lower(name))",
            "domain", "domain",
            "created_at", "created_at",
            "updated_at", "updated_at");

    /** A folded substring match on the trigram-indexed column (see {@link SearchMatch}). */
    private static final String MATCHES_SEARCH = SearchMatch.on("search_text");


    private static final String FIND_LIVE =
            "SELECT " + CompanyRow.COLUMNS + " FROM companies WHERE id = :id AND deleted_at IS NULL";

    private final Jdbi jdbi;
    private final CompanySql sql;
    private final long narrowFirstUpTo;

    public JdbiCompanyRepository(Jdbi jdbi) {
        this(jdbi, PagedSelect.NARROW_FIRST_UP_TO);
    }

    /** With the threshold of {@link PagedSelect} given, so that tests reach both query shapes. */
    JdbiCompanyRepository(Jdbi jdbi, long narrowFirstUpTo) {
        this.jdbi = jdbi;
        this.sql = jdbi.onDemand(CompanySql.class);
        this.narrowFirstUpTo = narrowFirstUpTo;
    }

    @Override
    public CompanyId nextId() {
        return new CompanyId(sql.nextId());
    }

    @Override
    public void save(Company company) {
        sql.save(CompanyRow.of(company));
    }

    @Override
    public Optional<Company> findById(CompanyId id) {
        // The hottest read of the API: a plain query on the thread's handle, not an on-demand SqlObject
        // call, whose per-call extension lookup cost about a tenth of a get-by-id's CPU (bench/).
        return jdbi.withHandle(handle -> handle.createQuery(FIND_LIVE).bind("id", id.value())
                .map(CompanyRow.MAPPER).findOne()).map(CompanyRow::toCompany);
    }

    @Override
    public Optional<Company> lockById(CompanyId id) {
        return sql.lock(id.value()).map(CompanyRow::toCompany);
    }

    @Override
    public boolean holdLive(CompanyId id) {
        return sql.holdLive(id.value()).isPresent();
    }

    @Override
    public Page<Company> search(CompanyQuery query, PageRequest page) {
        String column = SORT_COLUMNS.get(query.sort().field());
        if (column == null) {
            throw new IllegalArgumentException("not a sortable company field: " + query.sort().field());
        }
        String direction = query.sort().descending() ? " DESC" : " ASC";
        var where = new StringBuilder("deleted_at IS NULL");
        query.search().ifPresent(s -> where.append("\n  AND ").append(MATCHES_SEARCH));
        var select = new PagedSelect("companies", CompanyRow.COLUMNS, where.toString(),
                column + direction + ", id" + direction, query.search().isPresent());
        Consumer<Query> bind = statement ->
                query.search().ifPresent(s -> SearchMatch.bind(statement, s));
        return jdbi.withHandle(handle -> select.run(handle, page, bind, CompanyRow.MAPPER, narrowFirstUpTo))
                .map(CompanyRow::toCompany);
    }
}
