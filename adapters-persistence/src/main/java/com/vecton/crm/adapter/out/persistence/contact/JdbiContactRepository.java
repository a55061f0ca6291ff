package com.vecton.crm.adapter.out.persistence.contact;

import com.vecton.crm.adapter.out.persistence.PagedSelect;
import com.vecton.crm.adapter.out.persistence.SearchMatch;
import com.vecton.crm.application.port.out.ContactRepository;
import com.vecton.crm.domain.contact.Contact;
import com.vecton.crm.domain.contact.ContactId;
import com.vecton.crm.domain.contact.ContactQuery;
import com.vecton.crm.domain.listing.Page;
import com.vecton.crm.domain.listing.PageRequest;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Query;

/**
 * {@link ContactRepository} on Postgres. Joins the caller's transaction when there is one (see
 * {@link com.vecton.crm.adapter.out.persistence.JdbiTransactions}).
 */
public final class JdbiContactRepository implements ContactRepository {
    /**
     * The only text that reaches ORDER BY: API sort field to sort key. Client input selects an entry
     * here and is never written into SQL. Each key has an index {@code (key, id)}.
     *
     * <p>Names sort on the same case- and accent-folded form that search matches, so "Ágnes" sits
     * beside "Agnes" and not after "Zoltán", whatever collation the cluster was created with
     * (a {@code C} collation sorts by byte, and accented capitals after every ASCII letter).
     */
    private static final Map<String, String> SORT_COLUMNS = Map.of(
            "first_name", "public.f_unaccent(lower(first_name))",
            "last_name", "public.f_unaccent(lower(last_name))",
            "email", "lower(email)",
            "created_at", "created_at",
            "updated_at", "updated_at");

    /** A folded substring match on the trigram-indexed column (see {@link SearchMatch}). */
    private static final String MATCHES_SEARCH = SearchMatch.on("search_text");


    private static final String FIND_LIVE =
            "SELECT " + ContactRow.COLUMNS + " FROM contacts WHERE id = :id AND deleted_at IS NULL";

    private final Jdbi jdbi;
    private final ContactSql sql;
    private final long narrowFirstUpTo;

    public JdbiContactRepository(Jdbi jdbi) {
        this(jdbi, PagedSelect.NARROW_FIRST_UP_TO);
    }

    /** With the threshold of {@link PagedSelect} given, so that tests reach both query shapes. */
    JdbiContactRepository(Jdbi jdbi, long narrowFirstUpTo) {
        this.jdbi = jdbi;
        this.sql = jdbi.onDemand(ContactSql.class);
        this.narrowFirstUpTo = narrowFirstUpTo;
    }

    @Override
    public ContactId nextId() {
        return new ContactId(sql.nextId());
    }

    @Override
    public void save(Contact contact) {
        sql.save(ContactRow.of(contact));
    }

    @Override
    public Optional<Contact> findById(ContactId id) {
        // The hottest read of the API: a plain query on the thread's handle, not an on-demand SqlObject
        // call, whose per-call extension lookup cost about a tenth of a get-by-id's CPU (bench/).
        return jdbi.withHandle(handle -> handle.createQuery(FIND_LIVE).bind("id", id.value())
                .map(ContactRow.MAPPER).findOne()).map(ContactRow::toContact);
    }

    @Override
    public Optional<Contact> lockById(ContactId id) {
        return sql.lock(id.value()).map(ContactRow::toContact);
    }

    @Override
    public Page<Contact> search(ContactQuery query, PageRequest page) {
        String column = SORT_COLUMNS.get(query.sort().field());
        if (column == null) {
            throw new IllegalArgumentException("not a sortable contact field: " + query.sort().field());
        }
        String direction = query.sort().descending() ? " DESC" : " ASC";
        var where = new StringBuilder("deleted_at IS NULL");
        query.search().ifPresent(s -> where.append("\n  AND ").append(MATCHES_SEARCH));
        query.companyId().ifPresent(c -> where.append("\n  AND company_id = :companyId"));
        var select = new PagedSelect("contacts", ContactRow.COLUMNS, where.toString(),
                column + direction + ", id" + direction, query.search().isPresent());
        Consumer<Query> bind = statement -> {
            query.search().ifPresent(s -> SearchMatch.bind(statement, s));
            query.companyId().ifPresent(c -> statement.bind("companyId", c.value()));
        };
        return jdbi.withHandle(handle -> select.run(handle, page, bind, ContactRow.MAPPER, narrowFirstUpTo))
                .map(ContactRow::toContact);
    }
}
