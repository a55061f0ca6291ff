package com.vecton.crm.adapter.out.persistence.deal;

import com.vecton.crm.adapter.out.persistence.Columns;
import com.vecton.crm.adapter.out.persistence.JdbiStore;
import com.vecton.crm.adapter.out.persistence.PagedSelect;
import com.vecton.crm.adapter.out.persistence.SearchMatch;
import com.vecton.crm.adapter.out.persistence.Table;
import com.vecton.crm.adapter.out.persistence.Where;
import com.vecton.crm.application.port.out.DealRepository;
import com.vecton.crm.domain.access.UserId;
import com.vecton.crm.domain.access.Visibility;
import com.vecton.crm.domain.company.CompanyId;
import com.vecton.crm.domain.contact.ContactId;
import com.vecton.crm.domain.deal.Deal;
import com.vecton.crm.domain.deal.DealDetails;
import com.vecton.crm.domain.deal.DealId;
import com.vecton.crm.domain.deal.DealQuery;
import com.vecton.crm.domain.deal.Forecast;
import com.vecton.crm.domain.deal.ForecastQuery;
import com.vecton.crm.domain.deal.ProbabilitySource;
import com.vecton.crm.domain.deal.StageChange;
import com.vecton.crm.domain.listing.Page;
import com.vecton.crm.domain.listing.PageRequest;
import com.vecton.crm.domain.pipeline.PipelineId;
import com.vecton.crm.domain.pipeline.StageId;
import com.vecton.crm.domain.pipeline.StageKind;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Query;
import org.jdbi.v3.core.statement.Update;

/**
 * {@link DealRepository} on Postgres (V19): a row of {@code deals} plus its rows in
 * {@code deal_contacts}, which {@link #read} adds to the rows of every read and {@link #save} writes
 * after the row; its stage history in {@code deal_stage_history}; rows mapped by hand, as every
 * store's. Revisions ({@code deal_revisions}) are written by the table's trigger, read by the
 * forecast of a past day.
 *
 * <p>The position statements only shift; keeping a stage 0, 1, 2, … is the callers' job, done
 * under the pipeline's row lock. The deferred constraint {@code deals_position_key} refuses at
 * commit whatever would leave two live deals on one position.
 */
public final class JdbiDealRepository extends JdbiStore<DealId, Deal> implements DealRepository {
    private static final Table DEALS = Table.keepingHistory(
            "deals",
            "title",
            "company_id",
            "pipeline_id",
            "stage_id",
            "status",
            "position",
            "amount",
            "currency",
            "probability",
            "probability_source",
            "expected_close_date",
            "owner_id",
            "won_at",
            "lost_at",
            "lost_reason");

    /** API sort field to sort key, each with an index {@code (key, id)} (V19); position on the board's. */
    private static final Map<String, String> SORT_COLUMNS = Map.of(
            "title", "public.f_unaccent(lower(title))",
            "amount", "amount",
            "expected_close_date", "expected_close_date",
            "created_at", "created_at",
            "updated_at", "updated_at",
            "position", "position");

    /**
     * The title (the deal's trigram-indexed column), or the name of its company: the company's
     * indexed search column finds the candidates (it also holds the domain), the name alone decides.
     * The company half leaves out {@code ESCAPE}: backslash is LIKE's default escape anyway, and
     * Jdbi's statement parser mangles a second {@code '\\'} literal in one statement (it dropped the
     * backslash of the middle one of three).
     */
    private static final String MATCHES_SEARCH = "(" + SearchMatch.on("search_text")
            + "\n       OR company_id IN (SELECT c.id FROM companies c WHERE c.deleted_at IS NULL"
            + " AND c.search_text LIKE public.f_search_pattern(:search)"
            + " AND public.f_search_fold(c.name) LIKE public.f_search_pattern(:search)))";

    private static final String IN_PIPELINE = "pipeline_id = :pipelineId";
    private static final String IN_STAGE = "stage_id = :stageId";
    private static final String HAS_STATUS = "status = :status";
    private static final String OWNED_BY = "owner_id = :ownerId";
    private static final String OF_COMPANY = "company_id = :companyId";
    private static final String WITH_CONTACT = """
            EXISTS (SELECT 1 FROM deal_contacts dc WHERE dc.deal_id = deals.id AND dc.contact_id = :contactId)""";
    /** A half-open range of days, [after, before) (DealQuery). */
    private static final String CLOSE_BEFORE = "expected_close_date < :closeBefore";

    private static final String CLOSE_AFTER = "expected_close_date >= :closeAfter";
    private static final String AMOUNT_MIN = "amount >= :amountMin";
    private static final String AMOUNT_MAX = "amount <= :amountMax";

    private static final String UNLINK_OTHERS =
            "DELETE FROM deal_contacts WHERE deal_id = :id AND NOT (contact_id = ANY (:contactIds))";
    private static final String LINK = """
            INSERT INTO deal_contacts (deal_id, contact_id)
            SELECT :id, unnest(CAST(:contactIds AS bigint[]))
            ON CONFLICT DO NOTHING""";
    private static final String CONTACTS_OF =
            "SELECT deal_id, contact_id FROM deal_contacts WHERE deal_id = ANY (:ids)";

    private static final String PIPELINE_OF = "SELECT pipeline_id FROM deals WHERE id = :id";

    private static final String BOARD = "SELECT " + DEALS.columns()
            + "\nFROM deals\nWHERE pipeline_id = :pipelineId AND " + DEALS.live() + "\nORDER BY stage_id, position";

    private static final String ALL_IN_STAGE = "SELECT " + DEALS.columns()
            + "\nFROM deals\nWHERE stage_id = :stageId\nORDER BY position IS NULL, position, id\nFOR UPDATE";

    private static final String HOLDS_LIVE =
            "SELECT EXISTS (SELECT 1 FROM deals WHERE stage_id = :stageId AND " + DEALS.live() + ")";

    /** Live deals are exactly the ones with a position (deals_live_have_position). */
    private static final String COUNT_OTHERS = """
            SELECT count(*) FROM deals
            WHERE stage_id = :stageId AND position IS NOT NULL AND id <> :id""";

    /** The shifts change the position of the deals they move, which their JSON shows: a new version of each. */
    private static final String CLOSE_GAP = """
            UPDATE deals SET position = position - 1, version = version + 1
            WHERE stage_id = :stageId AND position > :position""";

    private static final String OPEN_GAP = """
            UPDATE deals SET position = position + 1, version = version + 1
            WHERE stage_id = :stageId AND position >= :position AND id <> :id""";

    private static final String RECORD_STAGE_CHANGE = """
            INSERT INTO deal_stage_history (deal_id, from_stage_id, to_stage_id, changed_at, changed_by, probability)
            VALUES (:dealId, :fromStageId, :toStageId, :changedAt, :changedBy, :probability)""";

    private static final String STAGE_HISTORY = """
            SELECT deal_id, from_stage_id, to_stage_id, changed_at, changed_by, probability
            FROM deal_stage_history
            WHERE deal_id = :dealId
            ORDER BY changed_at, id""";

    /** The deals a forecast of now reads: the pipeline's live ones (on deals_forecast_idx). */
    private static final String DEALS_NOW = """
            SELECT stage_id, status, amount, currency, probability, expected_close_date, owner_id, won_at
            FROM deals
            WHERE pipeline_id = :pipelineId AND deleted_at IS NULL""";

    /**
     * The deals a forecast of a past day reads: each deal's last revision valid before the end of the
     * day (on deal_revisions_deal_idx), if it was then on the pipeline and not deleted.
     */
    private static final String DEALS_AS_OF = """
            SELECT stage_id, status, amount, currency, probability, expected_close_date, owner_id, won_at
            FROM (SELECT DISTINCT ON (deal_id) *
                  FROM deal_revisions
                  WHERE valid_from < :asOfEnd
                  ORDER BY deal_id, valid_from DESC, id DESC) AS revision
            WHERE pipeline_id = :pipelineId AND NOT deleted""";

    /** Each group's key, for open deals and won ones (a won deal is placed by when it was won, in UTC). */
    private static final Map<ForecastQuery.Group, String> OPEN_KEY = Map.of(
            ForecastQuery.Group.MONTH, "to_char(expected_close_date, 'YYYY-MM')",
            ForecastQuery.Group.OWNER, "owner_id",
            ForecastQuery.Group.STAGE, "CAST(stage_id AS text)");

    private static final Map<ForecastQuery.Group, String> WON_KEY = Map.of(
            ForecastQuery.Group.MONTH, "to_char(won_at AT TIME ZONE 'UTC', 'YYYY-MM')",
            ForecastQuery.Group.OWNER, "owner_id",
            ForecastQuery.Group.STAGE, "CAST(stage_id AS text)");

    /** Each attribute a list of deals can be filtered on (DealAccess.FILTERABLE), tested over a text[] of values. */
    /** How each attribute of DealAccess.FILTERABLE is tested on a row of deals; public for the stores that read deals beside their own rows. */
    public static final Map<String, String> VISIBILITY_TESTS = Map.of(
            "owner_id", "owner_id = ANY (%s)",
            "created_by", "created_by = ANY (%s)",
            "status", "status = ANY (%s)",
            "pipeline_id", "pipeline_id::text = ANY (%s)",
            "stage_id", "stage_id::text = ANY (%s)",
            "company_id", "company_id::text = ANY (%s)");

    /** A row of {@code deals}, before its contacts are read. */
    private record Row(
            long id,
            String title,
            long companyId,
            long pipelineId,
            long stageId,
            StageKind status,
            Integer position,
            BigDecimal amount,
            String currency,
            int probability,
            ProbabilitySource source,
            LocalDate expectedCloseDate,
            String ownerId,
            Instant wonAt,
            Instant lostAt,
            String lostReason,
            UserId createdBy,
            Instant createdAt,
            Instant updatedAt,
            Instant deletedAt,
            long version) {

        static Row read(ResultSet r) throws SQLException {
            return new Row(
                    r.getLong(1),
                    r.getString(2),
                    r.getLong(3),
                    r.getLong(4),
                    r.getLong(5),
                    StageKind.fromStored(r.getString(6)),
                    Columns.nullableInt(r, 7),
                    r.getBigDecimal(8),
                    r.getString(9),
                    r.getInt(10),
                    ProbabilitySource.fromStored(r.getString(11)),
                    r.getObject(12, LocalDate.class),
                    r.getString(13),
                    Columns.instant(r, 14),
                    Columns.instant(r, 15),
                    r.getString(16),
                    Columns.userId(r, 17),
                    Columns.instant(r, 18),
                    Columns.instant(r, 19),
                    Columns.instant(r, 20),
                    r.getLong(21));
        }

        Deal toDeal(Set<ContactId> contacts) {
            var details = new DealDetails(
                    title,
                    new CompanyId(companyId),
                    contacts,
                    new PipelineId(pipelineId),
                    new StageId(stageId),
                    amount,
                    currency,
                    source == ProbabilitySource.MANUAL ? probability : null,
                    expectedCloseDate,
                    new UserId(ownerId),
                    lostReason);
            return Deal.restore(
                    new DealId(id),
                    details,
                    status,
                    probability,
                    position,
                    wonAt,
                    lostAt,
                    createdBy,
                    createdAt,
                    updatedAt,
                    deletedAt,
                    version);
        }
    }

    public JdbiDealRepository(Jdbi jdbi) {
        this(jdbi, PagedSelect.NARROW_FIRST_UP_TO);
    }

    /** With the threshold of {@link PagedSelect} given, so that tests reach both query shapes. */
    JdbiDealRepository(Jdbi jdbi, long narrowFirstUpTo) {
        super(jdbi, DEALS, DealId::new, narrowFirstUpTo);
    }

    /** The rows as deals, with their contacts read in one query. */
    @Override
    protected List<Deal> read(Handle handle, Query rows) {
        List<Row> read = rows.map((r, context) -> Row.read(r)).list();
        if (read.isEmpty()) {
            return List.of();
        }
        var contacts = new HashMap<Long, Set<ContactId>>();
        handle.createQuery(CONTACTS_OF)
                .bindArray("ids", Long.class, read.stream().map(Row::id).toList())
                .map((r, c) -> Map.entry(r.getLong(1), new ContactId(r.getLong(2))))
                .forEach(e -> contacts.computeIfAbsent(e.getKey(), k -> new HashSet<>())
                        .add(e.getValue()));
        return read.stream()
                .map(row -> row.toDeal(contacts.getOrDefault(row.id(), Set.of())))
                .toList();
    }

    @Override
    protected void bind(Update row, Deal deal) {
        var d = deal.details();
        row.bind("id", deal.id().value())
                .bind("title", d.title())
                .bind("company_id", d.companyId().value())
                .bind("pipeline_id", d.pipelineId().value())
                .bind("stage_id", d.stageId().value())
                .bind("status", deal.status().apiName())
                .bind("position", deal.position().orElse(null))
                .bind("amount", d.amount())
                .bind("currency", d.currency())
                .bind("probability", deal.probability())
                .bind("probability_source", deal.probabilitySource().apiName())
                .bind("expected_close_date", d.expectedCloseDate())
                .bind("owner_id", d.ownerId().value())
                .bind("won_at", deal.wonAt().orElse(null))
                .bind("lost_at", deal.lostAt().orElse(null))
                .bind("lost_reason", d.lostReason());
        bindLifecycle(row, deal);
    }

    /** The row, then the contacts it has now: the others' pivot rows go, the new ones come. */
    @Override
    public void save(Deal deal) {
        long id = deal.id().value();
        var contacts =
                deal.details().sortedContactIds().stream().map(ContactId::value).toList();
        jdbi.useHandle(handle -> {
            upsert(handle, deal);
            handle.createUpdate(UNLINK_OTHERS)
                    .bind("id", id)
                    .bindArray("contactIds", Long.class, contacts)
                    .execute();
            handle.createUpdate(LINK)
                    .bind("id", id)
                    .bindArray("contactIds", Long.class, contacts)
                    .execute();
        });
    }

    @Override
    public Optional<PipelineId> pipelineOf(DealId id) {
        return jdbi.withHandle(handle -> handle.createQuery(PIPELINE_OF)
                        .bind("id", id.value())
                        .mapTo(Long.class)
                        .findOne())
                .map(PipelineId::new);
    }

    @Override
    public int countOthers(StageId stage, DealId deal) {
        return jdbi.withHandle(handle -> handle.createQuery(COUNT_OTHERS)
                .bind("stageId", stage.value())
                .bind("id", deal.value())
                .mapTo(Integer.class)
                .one());
    }

    @Override
    public void closeGap(StageId stage, int position) {
        jdbi.useHandle(handle -> handle.createUpdate(CLOSE_GAP)
                .bind("stageId", stage.value())
                .bind("position", position)
                .execute());
    }

    @Override
    public void openGap(StageId stage, int position, DealId deal) {
        jdbi.useHandle(handle -> handle.createUpdate(OPEN_GAP)
                .bind("stageId", stage.value())
                .bind("position", position)
                .bind("id", deal.value())
                .execute());
    }

    @Override
    public List<Deal> onBoard(PipelineId pipeline) {
        return jdbi.withHandle(handle -> read(handle, handle.createQuery(BOARD).bind("pipelineId", pipeline.value())));
    }

    @Override
    public List<Deal> lockAllInStage(StageId stage) {
        return jdbi.withHandle(
                handle -> read(handle, handle.createQuery(ALL_IN_STAGE).bind("stageId", stage.value())));
    }

    @Override
    public boolean holdsLiveDeals(StageId stage) {
        return jdbi.withHandle(handle -> handle.createQuery(HOLDS_LIVE)
                .bind("stageId", stage.value())
                .mapTo(Boolean.class)
                .one());
    }

    @Override
    public Page<Deal> search(DealQuery query, Visibility visible, PageRequest page) {
        var where = live();
        query.pipelineId().ifPresent(p -> where.and(IN_PIPELINE, q -> q.bind("pipelineId", p.value())));
        query.stageId().ifPresent(s -> where.and(IN_STAGE, q -> q.bind("stageId", s.value())));
        query.status().ifPresent(s -> where.and(HAS_STATUS, q -> q.bind("status", s.apiName())));
        query.ownerId().ifPresent(o -> where.and(OWNED_BY, q -> q.bind("ownerId", o.value())));
        query.companyId().ifPresent(c -> where.and(OF_COMPANY, q -> q.bind("companyId", c.value())));
        query.contactId().ifPresent(c -> where.and(WITH_CONTACT, q -> q.bind("contactId", c.value())));
        query.closeBefore().ifPresent(b -> where.and(CLOSE_BEFORE, q -> q.bind("closeBefore", b)));
        query.closeAfter().ifPresent(a -> where.and(CLOSE_AFTER, q -> q.bind("closeAfter", a)));
        query.amountMin().ifPresent(m -> where.and(AMOUNT_MIN, q -> q.bind("amountMin", m)));
        query.amountMax().ifPresent(m -> where.and(AMOUNT_MAX, q -> q.bind("amountMax", m)));
        query.search().ifPresent(s -> where.and(MATCHES_SEARCH, q -> SearchMatch.bind(q, s)));
        where.and(visible(visible));
        // A search, a company or a contact usually keeps few deals: count them first (see PagedSelect).
        boolean narrow = query.search().isPresent()
                || query.companyId().isPresent()
                || query.contactId().isPresent();
        return page(where, SORT_COLUMNS, query.sort(), narrow, page);
    }

    @Override
    protected Map<String, String> visibilityTests() {
        return VISIBILITY_TESTS;
    }

    @Override
    public void recordStageChange(StageChange change) {
        jdbi.useHandle(handle -> handle.createUpdate(RECORD_STAGE_CHANGE)
                .bind("dealId", change.dealId().value())
                .bind("fromStageId", change.fromStage().map(StageId::value).orElse(null))
                .bind("toStageId", change.to().value())
                .bind("changedAt", change.changedAt())
                .bind("changedBy", change.changedByUser().map(UserId::value).orElse(null))
                .bind("probability", change.probability())
                .execute());
    }

    @Override
    public List<StageChange> stageHistory(DealId deal) {
        return jdbi.withHandle(handle -> handle.createQuery(STAGE_HISTORY)
                .bind("dealId", deal.value())
                .map((r, c) -> {
                    Long from = Columns.nullableLong(r, 2);
                    return new StageChange(
                            new DealId(r.getLong(1)),
                            from == null ? null : new StageId(from),
                            new StageId(r.getLong(3)),
                            Columns.instant(r, 4),
                            Columns.userId(r, 5),
                            r.getInt(6));
                })
                .list());
    }

    /**
     * The open deals' sums by the group's key among those expected to close in the range (all, undated
     * ones included, when there is none), and the won deals' among those won in the range's days (UTC),
     * per currency, in one statement over the deals as they are or were.
     */
    @Override
    public List<Forecast.Row> forecast(PipelineId pipeline, ForecastQuery query) {
        var open = Where.of("status = 'open'");
        var won = Where.of("status = 'won'");
        query.from().ifPresent(from -> {
            open.and("expected_close_date >= :from", q -> q.bind("from", from));
            won.and("won_at >= :fromStart", q -> q.bind("fromStart", startOf(from)));
        });
        query.to().ifPresent(to -> {
            open.and("expected_close_date <= :to", q -> q.bind("to", to));
            won.and("won_at < :toEnd", q -> q.bind("toEnd", startOf(to.plusDays(1))));
        });
        String source = query.asOf().isPresent() ? DEALS_AS_OF : DEALS_NOW;
        String sql = "WITH d AS MATERIALIZED (\n" + source + "\n)\nSELECT " + OPEN_KEY.get(query.group())
                + " AS key, false AS won, currency, count(*), sum(amount), sum(amount * probability) / 100\nFROM d\nWHERE "
                + open + "\nGROUP BY 1, 3\nUNION ALL\nSELECT " + WON_KEY.get(query.group())
                + " AS key, true AS won, currency, count(*), sum(amount), sum(amount)\nFROM d\nWHERE " + won
                + "\nGROUP BY 1, 3";
        return jdbi.withHandle(handle -> {
            Query statement = handle.createQuery(sql).bind("pipelineId", pipeline.value());
            query.asOf().ifPresent(day -> statement.bind("asOfEnd", startOf(day.plusDays(1))));
            open.bind(statement);
            won.bind(statement);
            return statement
                    .map((r, c) -> new Forecast.Row(
                            r.getString(1),
                            r.getBoolean(2),
                            r.getString(3),
                            r.getLong(4),
                            r.getBigDecimal(5),
                            r.getBigDecimal(6)))
                    .list();
        });
    }

    private static java.time.OffsetDateTime startOf(LocalDate day) {
        return day.atStartOfDay().atOffset(ZoneOffset.UTC);
    }
}
