package com.vecton.crm.adapter.out.persistence.communication;

import com.vecton.crm.adapter.out.persistence.Columns;
import com.vecton.crm.adapter.out.persistence.JdbiStore;
import com.vecton.crm.adapter.out.persistence.PagedSelect;
import com.vecton.crm.adapter.out.persistence.SearchMatch;
import com.vecton.crm.adapter.out.persistence.Table;
import com.vecton.crm.adapter.out.persistence.Where;
import com.vecton.crm.adapter.out.persistence.deal.JdbiDealRepository;
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
import com.vecton.crm.domain.deal.DealId;
import com.vecton.crm.domain.listing.Page;
import com.vecton.crm.domain.listing.PageRequest;
import com.vecton.crm.domain.listing.SortOrder;
import com.vecton.crm.domain.pipeline.StageId;
import java.util.ArrayList;
import java.util.HashMap;
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
 * <p>The paths of an entry to a company are written here once each ({@link #REACHES_COMPANY}): its
 * own {@code company_id} (index {@code communication_logs_company_occurred_idx}), its contact's
 * company as it is now, for a live contact ({@code contacts_company_idx}, then
 * {@code communication_logs_contact_occurred_idx}), and its deal's company, for a live deal
 * ({@code deals_company_idx}, then {@code communication_logs_deal_occurred_idx}). The contacts and
 * deals are collected into arrays first ({@code = ANY (ARRAY(...))}, init plans), so that every
 * path is an index scan the planner can OR together; {@code IN (SELECT ...)} under an OR is a
 * filter on every row.
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
            "visible_to_customer",
            "deal_id");

    /** API sort field to sort key, each with an index (key, id). */
    private static final Map<String, String> SORT_COLUMNS =
            Map.of("occurred_at", "occurred_at", "created_at", "created_at", "updated_at", "updated_at");

    private static final SortOrder NEWEST_FIRST = CommunicationLogQuery.DEFAULT_SORT;

    private static final String MATCHES_SEARCH = SearchMatch.on("search_text");

    /**
     * An entry reaches the company {@code :company} by its own link, by its live contact's company
     * or by its live deal's company (deals_company_idx, then communication_logs_deal_occurred_idx).
     */
    static final String REACHES_COMPANY = """
            (company_id = :company
               OR contact_id = ANY (ARRAY(SELECT c.id FROM contacts c
                                         WHERE c.company_id = :company AND c.deleted_at IS NULL))
               OR deal_id = ANY (ARRAY(SELECT d.id FROM deals d
                                      WHERE d.company_id = :company AND d.deleted_at IS NULL)))""";

    /** The kind of a timeline key that is a log entry (the other is a stage change). */
    private static final String LOGGED = "communication_log";

    /** The company's live deals that the caller may see (their stage changes are the timeline's). */
    private static final String DEALS_OF_COMPANY = "SELECT id FROM deals WHERE %s";

    /**
     * The keys of a timeline page: log entries and stage changes in one order, newest first (the
     * entries' time, then kind and id, so that pages never overlap). Log entries as the store's
     * list condition has them; stage changes of the deals found before, by the deals' history index.
     */
    private static final String TIMELINE_ENTRIES = """
            SELECT 'communication_log' AS kind, id, occurred_at AS at
            FROM communication_logs
            WHERE %s
            UNION ALL
            SELECT 'stage_change' AS kind, h.id, h.changed_at AS at
            FROM deal_stage_history h
            WHERE h.deal_id = ANY (:deals)""";

    private static final String TIMELINE_PAGE =
            "SELECT kind, id FROM (\n%s\n) AS entries\nORDER BY at DESC, kind DESC, id DESC\nLIMIT :limit OFFSET :offset";

    private static final String TIMELINE_COUNT =
            "SELECT count(*) FROM (SELECT 1 FROM (\n%s\n) AS entries LIMIT :countLimit) AS counted";

    /** The stage changes of a page, with their deal's title and the names of the stages. */
    private static final String STAGE_CHANGES = """
            SELECT h.id, h.deal_id, d.title, h.from_stage_id, f.name, h.to_stage_id, t.name, h.changed_at,
                   h.changed_by, h.probability
            FROM deal_stage_history h
            JOIN deals d ON d.id = h.deal_id
            JOIN pipeline_stages t ON t.id = h.to_stage_id
            LEFT JOIN pipeline_stages f ON f.id = h.from_stage_id
            WHERE h.id = ANY (:ids)""";

    /** What a customer may see of the entries that reach their company. */
    static final String SHOWN_TO_CUSTOMERS = "visible_to_customer";

    private static final RowMapper<CommunicationLog> LOG = (rows, context) -> {
        Long contact = Columns.nullableLong(rows, 8);
        Long company = Columns.nullableLong(rows, 9);
        Long deal = Columns.nullableLong(rows, 11);
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
                        deal == null ? null : new DealId(deal),
                        rows.getBoolean(10)),
                Columns.userId(rows, 12),
                Columns.instant(rows, 13),
                Columns.instant(rows, 14),
                Columns.instant(rows, 15),
                rows.getLong(16));
    };

    /** Each attribute a list of entries can be filtered on (CommunicationLog.FILTERABLE), tested over a text[] of values. */
    private static final Map<String, String> VISIBILITY_TESTS = Map.of(
            "created_by", "created_by = ANY (%s)",
            "type", "type = ANY (%s)",
            "contact_id", "contact_id::text = ANY (%s)",
            "company_id", "company_id::text = ANY (%s)",
            "deal_id", "deal_id::text = ANY (%s)",
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
                .bind("visible_to_customer", d.visibleToCustomer())
                .bind("deal_id", d.dealId() == null ? null : d.dealId().value());
        bindLifecycle(row, log);
    }

    @Override
    public Page<CommunicationLog> search(CommunicationLogQuery query, Visibility visible, PageRequest page) {
        var where = matching(query);
        where.and(visible(visible));
        return page(where, SORT_COLUMNS, query.sort(), query.search().isPresent(), page);
    }

    /**
     * A page in at most five statements, whatever the company holds: the visible deals' ids, the
     * page's keys (both kinds in one order), their count when the page does not end the list, the
     * page's log entries and its stage changes, each by id.
     */
    @Override
    public Page<TimelineEntry> timeline(
            CompanyId company, Visibility visibleLogs, Optional<Visibility> visibleDeals, PageRequest page) {
        var logs = live().and(REACHES_COMPANY, q -> q.bind("company", company.value()));
        logs.and(visible(visibleLogs));
        return jdbi.withHandle(handle -> {
            List<Long> deals =
                    visibleDeals.map(v -> dealsOf(handle, company, v)).orElse(List.of());
            String entries = TIMELINE_ENTRIES.formatted(logs.toString());
            Query keys = handle.createQuery(TIMELINE_PAGE.formatted(entries));
            logs.bind(keys);
            List<Map.Entry<String, Long>> found = keys.bindArray("deals", Long.class, deals)
                    .bind("limit", page.perPage())
                    .bind("offset", page.offset())
                    .map((rows, context) -> Map.entry(rows.getString(1), rows.getLong(2)))
                    .list();
            boolean endsTheList = found.size() < page.perPage() && (!found.isEmpty() || page.offset() == 0);
            long counted;
            if (endsTheList) {
                counted = page.offset() + found.size();
            } else {
                Query count = handle.createQuery(TIMELINE_COUNT.formatted(entries));
                logs.bind(count);
                counted = count.bindArray("deals", Long.class, deals)
                        .bind("countLimit", Page.COUNTED_UP_TO + 1)
                        .mapTo(Long.class)
                        .one();
            }
            var items = entriesOf(handle, found);
            return endsTheList ? new Page<>(items, page, counted) : Page.counted(items, page, counted);
        });
    }

    private static List<Long> dealsOf(Handle handle, CompanyId company, Visibility visible) {
        var where = Where.of("company_id = :company AND deleted_at IS NULL")
                .and(visibleRows(visible, JdbiDealRepository.VISIBILITY_TESTS));
        Query query = handle.createQuery(DEALS_OF_COMPANY.formatted(where)).bind("company", company.value());
        where.bind(query);
        return query.mapTo(Long.class).list();
    }

    /** The page's entries in the keys' order: log entries and stage changes read by id, one statement each. */
    private List<TimelineEntry> entriesOf(Handle handle, List<Map.Entry<String, Long>> keys) {
        var logIds = keys.stream()
                .filter(k -> k.getKey().equals(LOGGED))
                .map(Map.Entry::getValue)
                .toList();
        var changeIds = keys.stream()
                .filter(k -> !k.getKey().equals(LOGGED))
                .map(Map.Entry::getValue)
                .toList();
        var logs = new HashMap<Long, CommunicationLog>();
        if (!logIds.isEmpty()) {
            read(
                            handle,
                            handle.createQuery("SELECT " + table.columns() + "\nFROM " + table.name()
                                            + "\nWHERE id = ANY (:ids)")
                                    .bindArray("ids", Long.class, logIds))
                    .forEach(log -> logs.put(log.id().value(), log));
        }
        var changes = new HashMap<Long, TimelineEntry.StageChanged>();
        if (!changeIds.isEmpty()) {
            handle.createQuery(STAGE_CHANGES)
                    .bindArray("ids", Long.class, changeIds)
                    .map((rows, context) -> {
                        Long from = Columns.nullableLong(rows, 4);
                        return new TimelineEntry.StageChanged(
                                rows.getLong(1),
                                new DealId(rows.getLong(2)),
                                rows.getString(3),
                                from == null ? null : new StageId(from),
                                rows.getString(5),
                                new StageId(rows.getLong(6)),
                                rows.getString(7),
                                Columns.instant(rows, 8),
                                Columns.userId(rows, 9),
                                rows.getInt(10));
                    })
                    .forEach(change -> changes.put(change.id(), change));
        }
        var entries = new ArrayList<TimelineEntry>(keys.size());
        for (var key : keys) {
            entries.add(
                    key.getKey().equals(LOGGED)
                            ? new TimelineEntry.Logged(logs.get(key.getValue()))
                            : changes.get(key.getValue()));
        }
        return entries;
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
        query.dealId().ifPresent(d -> where.and("deal_id = :dealId", q -> q.bind("dealId", d.value())));
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
