package com.vecton.crm.adapter.out.persistence.company;

import com.vecton.crm.adapter.out.persistence.Columns;
import com.vecton.crm.adapter.out.persistence.JdbiStore;
import com.vecton.crm.adapter.out.persistence.PagedSelect;
import com.vecton.crm.adapter.out.persistence.SearchMatch;
import com.vecton.crm.adapter.out.persistence.Table;
import com.vecton.crm.application.port.out.CompanyRepository;
import com.vecton.crm.domain.access.Visibility;
import com.vecton.crm.domain.company.Company;
import com.vecton.crm.domain.company.CompanyDetails;
import com.vecton.crm.domain.company.CompanyId;
import com.vecton.crm.domain.company.CompanyQuery;
import com.vecton.crm.domain.listing.Page;
import com.vecton.crm.domain.listing.PageRequest;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.Query;
import org.jdbi.v3.core.statement.Update;

/** {@link CompanyRepository} on Postgres ({@code companies}, V4); rows mapped by hand, as every store's. */
public final class JdbiCompanyRepository extends JdbiStore<CompanyId, Company> implements CompanyRepository {
    private static final Table COMPANIES = Table.keepingHistory(
            "companies",
            "name",
            "domain",
            "phone",
            "email",
            "website",
            "address",
            "city",
            "postal_code",
            "country",
            "notes");

    /** API sort field to sort key; the name sorts on its case- and accent-folded form, as contact names do. */
    private static final Map<String, String> SORT_COLUMNS = Map.of(
            "name", "public.f_unaccent(lower(name))",
            "domain", "domain",
            "created_at", "created_at",
            "updated_at", "updated_at");

    /** A folded substring match on the trigram-indexed column (see {@link SearchMatch}). */
    private static final String MATCHES_SEARCH = SearchMatch.on("search_text");

    private static final RowMapper<Company> COMPANY = (rows, context) -> Company.restore(
            new CompanyId(rows.getLong(1)),
            new CompanyDetails(
                    rows.getString(2),
                    rows.getString(3),
                    rows.getString(4),
                    rows.getString(5),
                    rows.getString(6),
                    rows.getString(7),
                    rows.getString(8),
                    rows.getString(9),
                    rows.getString(10),
                    rows.getString(11)),
            Columns.userId(rows, 12),
            Columns.instant(rows, 13),
            Columns.instant(rows, 14),
            Columns.instant(rows, 15),
            rows.getLong(16));

    /** Each attribute a list of companies can be filtered on (Company.FILTERABLE), tested over a text[] of values. */
    private static final Map<String, String> VISIBILITY_TESTS = Map.of("created_by", "created_by = ANY (%s)");

    public JdbiCompanyRepository(Jdbi jdbi) {
        this(jdbi, PagedSelect.NARROW_FIRST_UP_TO);
    }

    /** With the threshold of {@link PagedSelect} given, so that tests reach both query shapes. */
    JdbiCompanyRepository(Jdbi jdbi, long narrowFirstUpTo) {
        super(jdbi, COMPANIES, CompanyId::new, narrowFirstUpTo);
    }

    @Override
    protected List<Company> read(Handle handle, Query rows) {
        return rows.map(COMPANY).list();
    }

    @Override
    protected void bind(Update row, Company company) {
        var d = company.details();
        row.bind("id", company.id().value())
                .bind("name", d.name())
                .bind("domain", d.domain())
                .bind("phone", d.phone())
                .bind("email", d.email())
                .bind("website", d.website())
                .bind("address", d.address())
                .bind("city", d.city())
                .bind("postal_code", d.postalCode())
                .bind("country", d.country())
                .bind("notes", d.notes());
        bindLifecycle(row, company);
    }

    @Override
    public Page<Company> search(CompanyQuery query, Visibility visible, PageRequest page) {
        var where = live();
        query.search().ifPresent(s -> where.and(MATCHES_SEARCH, q -> SearchMatch.bind(q, s)));
        where.and(visible(visible));
        return page(where, SORT_COLUMNS, query.sort(), query.search().isPresent(), page);
    }

    @Override
    protected Map<String, String> visibilityTests() {
        return VISIBILITY_TESTS;
    }
}
