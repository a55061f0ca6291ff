package com.vecton.crm.adapter.out.persistence.communication;

import com.vecton.crm.adapter.out.persistence.Columns;
import com.vecton.crm.adapter.out.persistence.JdbiStore;
import com.vecton.crm.adapter.out.persistence.PagedSelect;
import com.vecton.crm.adapter.out.persistence.SearchMatch;
import com.vecton.crm.adapter.out.persistence.Table;
import com.vecton.crm.adapter.out.persistence.Where;
import com.vecton.crm.application.port.out.CommunicationLogRepository;
import com.vecton.crm.domain.access.Visibility;
import com.vecton.crm.domain.communication.CommunicationLog;
import com.vecton.crm.domain.communication.CommunicationLogDetails;
import com.vecton.crm.domain.communication.CommunicationLogId;
import com.vecton.crm.domain.communication.CommunicationLogQuery;
import com.vecton.crm.domain.communication.CommunicationType;
import com.vecton.crm.domain.communication.Direction;
import com.vecton.crm.domain.communication.TimelineEntry;
import com.vecton.crm.domain.company.CompanyId;
import com.vecton.crm.domain.contact.ContactId;
import com.vecton.crm.domain.listing.Page;
import com.vecton.crm.domain.listing.PageRequest;
import com.vecton.crm.domain.listing.SortOrder;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.Query;
import org.jdbi.v3.core.statement.Update;

/**
 * {@link CommunicationLogRepository} on Postgres ({@code communication_logs}, V23); rows mapped by
 * hand, as every store's.
 *
 * <p>The paths of an entry to a company are written here once each: its own {@code company_id}
 * (index {@code communication_logs_company_occurred_idx}), and its contact's company as it is now,
 * for a live contact ({@code contacts_company_idx} finds the company's contacts, then
 * {@code communication_logs_contact_occurred_idx} their entries). The contacts are collected into an
 * array first ({@code = ANY (ARRAY(...))}, an init plan), so that both paths are index scans the
 * planner can OR together; {@code IN (SELECT ...)} under an OR is a filter on every row.
 */
public final class JdbiCommunicationLogRepository extends JdbiStore<CommunicationLogId, CommunicationLog>
        implements CommunicationLogRepository {
    private static final Table LOGS = Table.keepingHistory(
            "communication_logs",
            "type",
            "direction",
            "subject",
            "body",
            "occurred_at",
            "duration_minutes",
            "contact_id",
            "company_id",
            "visible_to_customer");

    /** API sort field to sort key, each with an index (key, id). */
    private static final Map<String, String> SORT_COLUMNS =
            Map.of("occurred_at", "occurred_at", "created_at", "created_at", "updated_at", "updated_at");

    private static final SortOrder NEWEST_FIRST = CommunicationLogQuery.DEFAULT_SORT;

    private static final String MATCHES_SEARCH = SearchMatch.on("search_text");

    /** An entry reaches the company {@code :company} by its own link or by its live contact's company. */
    static final String REACHES_COMPANY = """
            (company_id = :company
               OR contact_id = ANY (ARRAY(SELECT c.id FROM contacts c
                                         WHERE c.company_id = :company AND c.deleted_at IS NULL)))""";

    /** What a customer may see of the entries that reach their company. */
    static final String SHOWN_TO_CUSTOMERS = "visible_to_customer";

    private static final RowMapper<CommunicationLog> LOG = (rows, context) -> {
        Long contact = Columns.nullableLong(rows, 8);
        Long company = Columns.nullableLong(rows, 9);
        return CommunicationLog.restore(
                new CommunicationLogId(rows.getLong(1)),
                new CommunicationLogDetails(
                        CommunicationType.fromStored(rows.getString(2)),
                        Direction.fromStored(rows.getString(3)),
                        rows.getString(4),
                        rows.getString(5),
                        Columns.instant(rows, 6),
                        Columns.nullableInt(rows, 7),
                        contact == null ? null : new ContactId(contact),
                        company == null ? null : new CompanyId(company),
                        rows.getBoolean(10)),
                Columns.userId(rows, 11),
                Columns.instant(rows, 12),
                Columns.instant(rows, 13),
                Columns.instant(rows, 14),
                rows.getLong(15));
    };

    /** Each attribute a list of entries can be filtered on (CommunicationLog.FILTERABLE), tested over a text[] of values. */
    private static final Map<String, String> VISIBILITY_TESTS = Map.of(
            "created_by", "created_by = ANY (%s)",
            "type", "type = ANY (%s)",
            "contact_id", "contact_id::text = ANY (%s)",
            "company_id", "company_id::text = ANY (%s)",
            "visible_to_customer", "visible_to_customer::text = ANY (%s)");

    public JdbiCommunicationLogRepository(Jdbi jdbi) {
        this(jdbi, PagedSelect.NARROW_FIRST_UP_TO);
    }

    /** With the threshold of {@link PagedSelect} given, so that tests reach both query shapes. */
    JdbiCommunicationLogRepository(Jdbi jdbi, long narrowFirstUpTo) {
        super(jdbi, LOGS, CommunicationLogId::new, narrowFirstUpTo);
    }

    @Override
    protected List<CommunicationLog> read(Handle handle, Query rows) {
        return rows.map(LOG).list();
    }

    @Override
    protected void bind(Update row, CommunicationLog log) {
        var d = log.details();
        row.bind("id", log.id().value())
                .bind("type", d.type().apiName())
                .bind("direction", d.direction() == null ? null : d.direction().apiName())
                .bind("subject", d.subject())
                .bind("body", d.body())
                .bind("occurred_at", d.occurredAt())
                .bind("duration_minutes", d.durationMinutes())
                .bind("contact_id", d.contactId() == null ? null : d.contactId().value())
                .bind("company_id", d.companyId() == null ? null : d.companyId().value())
                .bind("visible_to_customer", d.visibleToCustomer());
        bindLifecycle(row, log);
    }

    @Override
    public Page<CommunicationLog> search(CommunicationLogQuery query, Visibility visible, PageRequest page) {
        var where = matching(query);
        where.and(visible(visible));
        return page(where, SORT_COLUMNS, query.sort(), query.search().isPresent(), page);
    }

    @Override
    public Page<TimelineEntry> timeline(CompanyId company, Visibility visible, PageRequest page) {
        var where = live().and(REACHES_COMPANY, q -> q.bind("company", company.value()));
        where.and(visible(visible));
        Page<CommunicationLog> logs = page(where, SORT_COLUMNS, NEWEST_FIRST, false, page);
        List<TimelineEntry> entries = logs.items().stream()
                .<TimelineEntry>map(TimelineEntry.Logged::new)
                .toList();
        return new Page<>(entries, logs.request(), logs.total(), logs.totalIsExact());
    }

    @Override
    public Page<CommunicationLog> searchForCustomer(CompanyId company, CommunicationLogQuery query, PageRequest page) {
        var where = forCustomer(matching(query), company);
        return page(where, SORT_COLUMNS, query.sort(), query.search().isPresent(), page);
    }

    @Override
    public Optional<CommunicationLog> findForCustomer(CompanyId company, CommunicationLogId id) {
        var where = forCustomer(live().and("id = :id", q -> q.bind("id", id.value())), company);
        return jdbi
                .withHandle(handle -> {
                    Query query = handle.createQuery(
                            "SELECT " + table.columns() + "\nFROM " + table.name() + "\nWHERE " + where);
                    where.bind(query);
                    return read(handle, query);
                })
                .stream()
                .findFirst();
    }

    @Override
    protected Map<String, String> visibilityTests() {
        return VISIBILITY_TESTS;
    }

    /** The live entries matching the query's filters and search. */
    private Where matching(CommunicationLogQuery query) {
        var where = live();
        query.search().ifPresent(s -> where.and(MATCHES_SEARCH, q -> SearchMatch.bind(q, s)));
        query.contactId().ifPresent(c -> where.and("contact_id = :contactId", q -> q.bind("contactId", c.value())));
        query.companyId().ifPresent(c -> where.and("company_id = :companyId", q -> q.bind("companyId", c.value())));
        query.type().ifPresent(t -> where.and("type = :type", q -> q.bind("type", t.apiName())));
        query.from().ifPresent(from -> where.and("occurred_at >= :from", q -> q.bind("from", from)));
        query.to().ifPresent(to -> where.and("occurred_at < :to", q -> q.bind("to", to)));
        return where;
    }

    /** The same conditions, narrowed to what a customer of the company may see, by the paths above. */
    private static Where forCustomer(Where where, CompanyId company) {
        return where.and(SHOWN_TO_CUSTOMERS).and(REACHES_COMPANY, q -> q.bind("company", company.value()));
    }
}
