package com.vecton.crm.adapter.out.persistence.communication;

import static com.vecton.crm.domain.testing.CommunicationLogDetailsBuilder.aLog;
import static com.vecton.crm.domain.testing.CompanyDetailsBuilder.aCompany;
import static com.vecton.crm.domain.testing.ContactDetailsBuilder.aContact;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vecton.crm.adapter.out.persistence.Persistence;
import com.vecton.crm.adapter.out.persistence.testing.TestDatabase;
import com.vecton.crm.domain.access.UserId;
import com.vecton.crm.domain.access.Visibility;
import com.vecton.crm.domain.communication.CommunicationLog;
import com.vecton.crm.domain.communication.CommunicationLogDetails;
import com.vecton.crm.domain.communication.CommunicationLogId;
import com.vecton.crm.domain.communication.CommunicationLogQuery;
import com.vecton.crm.domain.communication.CommunicationType;
import com.vecton.crm.domain.communication.TimelineEntry;
import com.vecton.crm.domain.company.Company;
import com.vecton.crm.domain.company.CompanyId;
import com.vecton.crm.domain.contact.Contact;
import com.vecton.crm.domain.contact.ContactDetails;
import com.vecton.crm.domain.contact.ContactId;
import com.vecton.crm.domain.listing.PageRequest;
import com.vecton.crm.domain.search.SearchText;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.SqlLogger;
import org.jdbi.v3.core.statement.SqlStatements;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.postgres.PostgresPlugin;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The log store's own queries: the list's filters, the company timeline, and the customer's paths to a company. */
class JdbiCommunicationLogRepositoryTest {
    private static final Instant T0 = Instant.parse("2026-11-20T10:00:00Z");
    private static final UserId USER = new UserId("u-1001");

    private static Persistence db;
    /** The store on a Jdbi of its own that counts the statements it executes. */
    private static JdbiCommunicationLogRepository counted;

    private static final AtomicInteger STATEMENTS = new AtomicInteger();
    private int minutes;

    @BeforeAll
    static void connect() {
        db = Persistence.connect(TestDatabase.fresh());
        Jdbi jdbi = Jdbi.create(db.dataSource()).installPlugin(new PostgresPlugin());
        jdbi.getConfig(SqlStatements.class).setSqlLogger(new SqlLogger() {
            @Override
            public void logBeforeExecution(StatementContext context) {
                STATEMENTS.incrementAndGet();
            }
        });
        counted = new JdbiCommunicationLogRepository(jdbi);
    }

    @AfterAll
    static void close() {
        db.close();
    }

    @BeforeEach
    void emptyTables() {
        TestDatabase.clean(db.dataSource());
    }

    private static CompanyId company() {
        var id = db.companies().nextId();
        db.companies().save(Company.create(id, aCompany().build(), USER, T0));
        return id;
    }

    private static ContactId contactAt(CompanyId company) {
        var id = db.contacts().nextId();
        db.contacts().save(Contact.create(id, aContact().atCompany(company).build(), USER, T0));
        return id;
    }

    /** Each entry a minute after the one before, so newest first is the reverse of creation. */
    private CommunicationLog log(CommunicationLogDetails details) {
        var log = CommunicationLog.create(
                db.communicationLogs().nextId(),
                new CommunicationLogDetails(
                        details.type(),
                        details.direction(),
                        details.subject(),
                        details.body(),
                        T0.plus(Duration.ofMinutes(minutes++)),
                        details.durationMinutes(),
                        details.contactId(),
                        details.companyId(),
                        details.dealId(),
                        details.visibleToCustomer()),
                USER,
                T0);
        db.communicationLogs().save(log);
        return log;
    }

    private static List<Long> ids(List<CommunicationLog> logs) {
        return logs.stream().map(log -> log.id().value()).toList();
    }

    private static List<Long> timelineIds(List<TimelineEntry> entries) {
        return entries.stream()
                .map(entry -> ((TimelineEntry.Logged) entry).log().id().value())
                .toList();
    }

    @Test
    void a_saved_entry_reads_back_with_every_field() {
        var company = company();
        var contact = contactAt(company);
        var saved = log(aLog().withContact(contact)
                .atCompany(company)
                .sharedWithCustomer()
                .build());

        var found = db.communicationLogs().findById(saved.id()).orElseThrow();
        assertEquals(saved.details(), found.details());
        assertEquals(saved.lifecycle(), found.lifecycle());
    }

    @Test
    void the_list_filters_by_contact_company_type_and_time_and_searches_subject_and_body_newest_first() {
        var acme = company();
        var globex = company();
        var anna = contactAt(acme);
        var call = log(aLog().withContact(anna)
                .atCompany(acme)
                .about("Árajánlat", "Küldtük")
                .build());
        var note = log(aLog().aNote()
                .atCompany(acme)
                .about("Intern", "Rabatt für Müller")
                .build());
        var other = log(aLog().atCompany(globex).about("Kickoff", null).build());
        var logs = db.communicationLogs();
        var all = CommunicationLogQuery.all();
        var page = PageRequest.of(1, 25);

        assertEquals(
                List.of(other.id().value(), note.id().value(), call.id().value()),
                ids(logs.search(all, Visibility.EVERYTHING, page).items()));
        assertEquals(
                List.of(call.id().value()),
                ids(logs.search(
                                query(Optional.of(anna), Optional.empty(), Optional.empty()),
                                Visibility.EVERYTHING,
                                page)
                        .items()));
        assertEquals(
                List.of(note.id().value(), call.id().value()),
                ids(logs.search(
                                query(Optional.empty(), Optional.of(acme), Optional.empty()),
                                Visibility.EVERYTHING,
                                page)
                        .items()));
        assertEquals(
                List.of(note.id().value()),
                ids(logs.search(
                                query(Optional.empty(), Optional.empty(), Optional.of(CommunicationType.NOTE)),
                                Visibility.EVERYTHING,
                                page)
                        .items()));
        assertEquals(
                List.of(call.id().value()),
                ids(logs.search(all.searching(SearchText.of("arajanlat")), Visibility.EVERYTHING, page)
                        .items()));
        assertEquals(
                List.of(note.id().value()),
                ids(logs.search(all.searching(SearchText.of("mueller")), Visibility.EVERYTHING, page)
                        .items()));
        var window = new CommunicationLogQuery(
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.of(note.details().occurredAt()),
                Optional.of(other.details().occurredAt()),
                CommunicationLogQuery.DEFAULT_SORT);
        assertEquals(
                List.of(note.id().value()),
                ids(logs.search(window, Visibility.EVERYTHING, page).items()));
    }

    private static CommunicationLogQuery query(
            Optional<ContactId> contact, Optional<CompanyId> company, Optional<CommunicationType> type) {
        return new CommunicationLogQuery(
                Optional.empty(),
                contact,
                company,
                Optional.empty(),
                type,
                Optional.empty(),
                Optional.empty(),
                CommunicationLogQuery.DEFAULT_SORT);
    }

    @Test
    void the_timeline_holds_the_companys_entries_and_its_live_contacts_entries_and_nothing_else() {
        var acme = company();
        var globex = company();
        var anna = contactAt(acme);
        var gone = contactAt(acme);
        var bob = contactAt(globex);
        var ownLink = log(aLog().atCompany(acme).build());
        var throughContact = log(aLog().withContact(anna).build());
        var bothPaths = log(aLog().withContact(bob).atCompany(acme).build());
        log(aLog().atCompany(globex).build());
        var ofDeletedContact = log(aLog().withContact(gone).build());
        var deleted = log(aLog().atCompany(acme).build());
        db.communicationLogs().save(deleted.delete(T0.plusSeconds(3600)));
        var goneContact = db.contacts().findById(gone).orElseThrow();
        db.contacts().save(goneContact.delete(T0.plusSeconds(3600)));

        var timeline =
                db.communicationLogs().timeline(acme, Visibility.EVERYTHING, Optional.empty(), PageRequest.of(1, 25));

        assertEquals(
                List.of(
                        bothPaths.id().value(),
                        throughContact.id().value(),
                        ownLink.id().value()),
                timelineIds(timeline.items()));
        assertEquals(3, timeline.total());
        assertFalse(timelineIds(timeline.items()).contains(ofDeletedContact.id().value()));
        var globexTimeline =
                db.communicationLogs().timeline(globex, Visibility.EVERYTHING, Optional.empty(), PageRequest.of(1, 25));
        assertTrue(timelineIds(globexTimeline.items()).contains(bothPaths.id().value()), "through bob, globex's");
    }

    @Test
    void a_timeline_page_takes_at_most_five_statements_however_many_contacts_and_entries_the_company_has() {
        var small = company();
        var smallContact = contactAt(small);
        for (int i = 0; i < 3; i++) {
            log(aLog().withContact(smallContact).build());
        }
        var large = company();
        var entries = new ArrayList<Long>();
        for (int c = 0; c < 40; c++) {
            var contact = contactAt(large);
            for (int i = 0; i < 3; i++) {
                entries.add(log(aLog().withContact(contact).build()).id().value());
            }
        }
        for (int i = 0; i < 10; i++) {
            entries.add(log(aLog().atCompany(large).build()).id().value());
        }

        int smallStatements = statementsOf(() -> counted.timeline(
                small, Visibility.EVERYTHING, Optional.of(Visibility.EVERYTHING), PageRequest.of(1, 25)));
        var page = new ArrayList<TimelineEntry>();
        int largeStatements = statementsOf(() -> page.addAll(counted.timeline(
                        large, Visibility.EVERYTHING, Optional.of(Visibility.EVERYTHING), PageRequest.of(2, 25))
                .items()));

        // The company's visible deals, the page's keys, their count (unless the page ends the list), the
        // page's log entries and its stage changes: five at most, for three entries as for 130.
        assertTrue(smallStatements <= 5, "statements for a small company: " + smallStatements);
        assertTrue(largeStatements <= 5, "statements for a large company: " + largeStatements);
        // Newest first: the second page is the 26th to 50th newest of the 130.
        var newestFirst = entries.reversed();
        assertEquals(newestFirst.subList(25, 50), timelineIds(page));
        assertEquals(
                130,
                counted.timeline(large, Visibility.EVERYTHING, Optional.empty(), PageRequest.of(1, 25))
                        .total());

        // Ten deals of the company, each with its first stage in 2000: the oldest ten entries.
        dealsWithHistory(large, 10);
        var last = new ArrayList<TimelineEntry>();
        int lastStatements = statementsOf(() -> last.addAll(counted.timeline(
                        large, Visibility.EVERYTHING, Optional.of(Visibility.EVERYTHING), PageRequest.of(6, 25))
                .items()));
        assertTrue(lastStatements <= 5, "statements for a page with stage changes: " + lastStatements);
        assertEquals(15, last.size());
        assertEquals(newestFirst.subList(125, 130), timelineIds(last.subList(0, 5)));
        assertTrue(last.subList(5, 15).stream().allMatch(e -> e instanceof TimelineEntry.StageChanged), last::toString);
        var change = (TimelineEntry.StageChanged) last.get(5);
        assertEquals("Lead", change.toName());
        assertEquals(null, change.from());
        assertEquals(
                130,
                counted.timeline(large, Visibility.EVERYTHING, Optional.empty(), PageRequest.of(1, 25))
                        .total(),
                "without the deals' visibility, no stage changes");
    }

    /** Deals of the company in a pipeline of their own, each with one stage-history row (its first stage, in 2000). */
    private static void dealsWithHistory(CompanyId company, int deals) {
        Jdbi.create(db.dataSource()).useHandle(h -> {
            h.execute(
                    "INSERT INTO tenant_users (id, name, email, is_active) VALUES ('u-1001', 'U', 'u@acme.test', true)"
                            + " ON CONFLICT (id) DO NOTHING");
            long pipeline = h.createQuery("INSERT INTO pipelines (name, currency, created_at, updated_at)"
                            + " VALUES ('Timeline ' || nextval('pipelines_id_seq'), 'EUR', now(), now()) RETURNING id")
                    .mapTo(Long.class)
                    .one();
            long lead = h.createQuery("INSERT INTO pipeline_stages (pipeline_id, name, kind, probability, position)"
                            + " VALUES (:p, 'Lead', 'open', 10, 0) RETURNING id")
                    .bind("p", pipeline)
                    .mapTo(Long.class)
                    .one();
            h.createUpdate("INSERT INTO pipeline_stages (pipeline_id, name, kind, probability, position)"
                            + " VALUES (:p, 'Won', 'won', 100, 1), (:p, 'Lost', 'lost', 0, 2)")
                    .bind("p", pipeline)
                    .execute();
            h.createUpdate("INSERT INTO deals (title, company_id, pipeline_id, stage_id, status, position, currency,"
                            + " probability, probability_source, owner_id, created_at, updated_at)"
                            + " SELECT 'Deal ' || g, :c, :p, :s, 'open', g - 1, 'EUR', 10, 'stage', 'u-1001', now(), now()"
                            + " FROM generate_series(1, :n) AS g")
                    .bind("c", company.value())
                    .bind("p", pipeline)
                    .bind("s", lead)
                    .bind("n", deals)
                    .execute();
            h.createUpdate(
                            "INSERT INTO deal_stage_history (deal_id, from_stage_id, to_stage_id, changed_at, changed_by,"
                                    + " probability) SELECT id, NULL, :s, TIMESTAMPTZ '2000-01-01 00:00:00Z' + id * INTERVAL '1 second',"
                                    + " 'u-1001', 10 FROM deals WHERE company_id = :c")
                    .bind("c", company.value())
                    .bind("s", lead)
                    .execute();
        });
    }

    private static int statementsOf(Runnable read) {
        int before = STATEMENTS.get();
        read.run();
        return STATEMENTS.get() - before;
    }

    @Test
    void a_customer_sees_the_shared_entries_that_reach_its_company_by_either_path_and_the_item_agrees() {
        var acme = company();
        var globex = company();
        var anna = contactAt(acme);
        var bob = contactAt(globex);
        var own = log(aLog().atCompany(acme).sharedWithCustomer().build());
        var throughAnna = log(aLog().withContact(anna).sharedWithCustomer().build());
        var both =
                log(aLog().withContact(bob).atCompany(acme).sharedWithCustomer().build());
        var notShared = log(aLog().atCompany(acme).build());
        var globexOnly = log(aLog().atCompany(globex).sharedWithCustomer().build());
        var logs = db.communicationLogs();

        var acmeSees = ids(logs.searchForCustomer(acme, CommunicationLogQuery.all(), PageRequest.of(1, 25))
                .items());
        assertEquals(
                List.of(both.id().value(), throughAnna.id().value(), own.id().value()), acmeSees);
        var globexSees = ids(logs.searchForCustomer(globex, CommunicationLogQuery.all(), PageRequest.of(1, 25))
                .items());
        assertEquals(List.of(globexOnly.id().value(), both.id().value()), globexSees);

        for (var log : List.of(own, throughAnna, both, notShared, globexOnly)) {
            assertEquals(
                    acmeSees.contains(log.id().value()),
                    logs.findForCustomer(acme, log.id()).isPresent(),
                    "item and list agree on " + log.id());
            assertEquals(
                    globexSees.contains(log.id().value()),
                    logs.findForCustomer(globex, log.id()).isPresent(),
                    "item and list agree on " + log.id());
        }
        assertTrue(logs.findForCustomer(acme, new CommunicationLogId(999_999)).isEmpty());

        // Anna moves to globex: her entry goes with her, the one linked to acme itself stays.
        var moved = db.contacts().findById(anna).orElseThrow();
        var d = moved.details();
        db.contacts()
                .save(moved.edit(
                        com.vecton.crm.domain.contact.ContactEdit.replacingWith(new ContactDetails(
                                d.firstName(), d.lastName(), d.email(), d.phone(), d.jobTitle(), globex, d.notes())),
                        T0.plusSeconds(7200)));
        assertTrue(logs.findForCustomer(acme, throughAnna.id()).isEmpty());
        assertTrue(logs.findForCustomer(globex, throughAnna.id()).isPresent());
        assertTrue(logs.findForCustomer(acme, own.id()).isPresent());
    }

    @Test
    void every_path_of_an_entry_to_a_company_is_served_by_an_index() throws Exception {
        try (var c = db.dataSource().getConnection();
                var st = c.createStatement()) {
            // 100 companies with 5 contacts each, 40 entries per company, half on the company, half on a contact.
            st.execute("""
                    INSERT INTO companies (name, created_at, updated_at)
                    SELECT 'Company ' || g, now(), now() FROM generate_series(1, 100) AS g""");
            st.execute("""
                    INSERT INTO contacts (first_name, company_id, created_at, updated_at)
                    SELECT 'Anna', c.id, now(), now() FROM companies c CROSS JOIN generate_series(1, 5)""");
            st.execute("""
                    INSERT INTO communication_logs (type, occurred_at, company_id, visible_to_customer, created_at, updated_at)
                    SELECT 'note', now(), c.id, g % 2 = 0, now(), now() FROM companies c CROSS JOIN generate_series(1, 20) AS g""");
            st.execute("""
                    INSERT INTO communication_logs (type, occurred_at, contact_id, visible_to_customer, created_at, updated_at)
                    SELECT 'note', now(), p.id, g % 2 = 0, now(), now() FROM contacts p CROSS JOIN generate_series(1, 4) AS g""");
            st.execute("ANALYZE companies, contacts, communication_logs");
            var plan = new StringBuilder();
            try (var rows = st.executeQuery("EXPLAIN SELECT id FROM communication_logs WHERE deleted_at IS NULL AND "
                    + JdbiCommunicationLogRepository.SHOWN_TO_CUSTOMERS + " AND "
                    + JdbiCommunicationLogRepository.REACHES_COMPANY.replace(
                            ":company", "(SELECT min(id) FROM companies)"))) {
                while (rows.next()) {
                    plan.append(rows.getString(1)).append('\n');
                }
            }
            assertFalse(plan.toString().contains("Seq Scan"), plan::toString);
            assertTrue(plan.toString().contains("communication_logs_company_occurred_idx"), plan::toString);
            assertTrue(plan.toString().contains("communication_logs_contact_occurred_idx"), plan::toString);
            assertTrue(plan.toString().contains("contacts_company_idx"), plan::toString);
        }
    }
}
