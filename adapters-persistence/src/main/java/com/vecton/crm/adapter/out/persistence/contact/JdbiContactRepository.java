package com.vecton.crm.adapter.out.persistence.contact;

import com.vecton.crm.adapter.out.persistence.Columns;
import com.vecton.crm.adapter.out.persistence.JdbiStore;
import com.vecton.crm.adapter.out.persistence.PagedSelect;
import com.vecton.crm.adapter.out.persistence.SearchMatch;
import com.vecton.crm.adapter.out.persistence.Table;
import com.vecton.crm.application.port.out.ContactRepository;
import com.vecton.crm.domain.access.Visibility;
import com.vecton.crm.domain.company.CompanyId;
import com.vecton.crm.domain.contact.Contact;
import com.vecton.crm.domain.contact.ContactDetails;
import com.vecton.crm.domain.contact.ContactId;
import com.vecton.crm.domain.contact.ContactQuery;
import com.vecton.crm.domain.listing.Page;
import com.vecton.crm.domain.listing.PageRequest;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.Query;
import org.jdbi.v3.core.statement.Update;

/** {@link ContactRepository} on Postgres ({@code contacts}, V5); rows mapped by hand, as every store's. */
public final class JdbiContactRepository extends JdbiStore<ContactId, Contact> implements ContactRepository {
    private static final Table CONTACTS = Table.keepingHistory(
            "contacts", "first_name", "last_name", "email", "phone", "job_title", "company_id", "notes");

    /**
     * API sort field to sort key. Names sort on the same case- and accent-folded form that search
     * matches, so "Ágnes" sits beside "Agnes" and not after "Zoltán", whatever collation the
     * cluster was created with (a {@code C} collation sorts by byte, and accented capitals after
     * every ASCII letter).
     */
    private static final Map<String, String> SORT_COLUMNS = Map.of(
            "first_name", "public.f_unaccent(lower(first_name))",
            "last_name", "public.f_unaccent(lower(last_name))",
            "email", "lower(email)",
            "created_at", "created_at",
            "updated_at", "updated_at");

    /** A folded substring match on the trigram-indexed column (see {@link SearchMatch}). */
    private static final String MATCHES_SEARCH = SearchMatch.on("search_text");

    private static final RowMapper<Contact> CONTACT = (rows, context) -> {
        Long company = Columns.nullableLong(rows, 7);
        return Contact.restore(
                new ContactId(rows.getLong(1)),
                new ContactDetails(
                        rows.getString(2),
                        rows.getString(3),
                        rows.getString(4),
                        rows.getString(5),
                        rows.getString(6),
                        company == null ? null : new CompanyId(company),
                        rows.getString(8)),
                Columns.userId(rows, 9),
                Columns.instant(rows, 10),
                Columns.instant(rows, 11),
                Columns.instant(rows, 12),
                rows.getLong(13));
    };

    /** Each attribute a list of contacts can be filtered on (Contact.FILTERABLE), tested over a text[] of values. */
    private static final Map<String, String> VISIBILITY_TESTS = Map.of(
            "created_by", "created_by = ANY (%s)",
            "company_id", "company_id::text = ANY (%s)");

    public JdbiContactRepository(Jdbi jdbi) {
        this(jdbi, PagedSelect.NARROW_FIRST_UP_TO);
    }

    /** With the threshold of {@link PagedSelect} given, so that tests reach both query shapes. */
    JdbiContactRepository(Jdbi jdbi, long narrowFirstUpTo) {
        super(jdbi, CONTACTS, ContactId::new, narrowFirstUpTo);
    }

    @Override
    protected List<Contact> read(Handle handle, Query rows) {
        return rows.map(CONTACT).list();
    }

    @Override
    protected void bind(Update row, Contact contact) {
        var d = contact.details();
        row.bind("id", contact.id().value())
                .bind("first_name", d.firstName())
                .bind("last_name", d.lastName())
                .bind("email", d.email())
                .bind("phone", d.phone())
                .bind("job_title", d.jobTitle())
                .bind("company_id", d.companyId() == null ? null : d.companyId().value())
                .bind("notes", d.notes());
        bindLifecycle(row, contact);
    }

    @Override
    public Page<Contact> search(ContactQuery query, Visibility visible, PageRequest page) {
        var where = live();
        query.search().ifPresent(s -> where.and(MATCHES_SEARCH, q -> SearchMatch.bind(q, s)));
        query.companyId().ifPresent(c -> where.and("company_id = :companyId", q -> q.bind("companyId", c.value())));
        where.and(visible(visible));
        return page(where, SORT_COLUMNS, query.sort(), query.search().isPresent(), page);
    }

    @Override
    protected Map<String, String> visibilityTests() {
        return VISIBILITY_TESTS;
    }
}
