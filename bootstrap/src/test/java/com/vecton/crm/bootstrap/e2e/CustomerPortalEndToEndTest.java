package com.vecton.crm.bootstrap.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.vecton.crm.adapter.out.identity.testing.FakePolicy;
import com.vecton.crm.adapter.out.identity.testing.FakeUser;
import com.vecton.crm.adapter.out.identity.testing.TestTokens;
import com.vecton.crm.adapter.out.persistence.testing.TestDatabase;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The customer portal end to end: portal accounts, and every portal route against the matrix of a
 * record of the caller's own company, of another company, linked to both through different paths,
 * soft-deleted, and one whose contact moved company. Nothing outside the caller's company is ever
 * listed or shown, every portal list agrees with its item route, writes are 405, and a caller with
 * {@code portal.access} but no account is 403 portal_account_missing.
 */
class CustomerPortalEndToEndTest {
    private static final String ADMIN = TestTokens.ADMIN;
    private static final String PORTAL_A = "tok-portal-a";
    private static final String PORTAL_B = "tok-portal-b";
    private static final String PORTAL_MOVER = "tok-portal-mover";
    private static final String PORTAL_NONE = "tok-portal-none";
    private static final String PORTAL_RACE = "tok-portal-race";
    private static final List<String> ROUTES = List.of(
            "/api/portal/company",
            "/api/portal/contacts",
            "/api/portal/contacts/1",
            "/api/portal/communication-logs",
            "/api/portal/communication-logs/1",
            "/api/portal/deals",
            "/api/portal/deals/1");

    private static CrmHarness crm;
    private static long companyA;
    private static long companyB;
    /** Contacts: of A (anna is PORTAL_A's), of B (bob is PORTAL_B's), of A deleted. */
    private static long anna;

    private static long adam;
    private static long bob;
    private static long deletedContact;
    /** Log entries: A's own, B's own, A's contact with B named (both paths), not shared, deleted, through adam only. */
    private static long logOfA;

    private static long logOfB;
    private static long logOfBoth;
    private static long logNotShared;
    private static long logDeleted;
    private static long logThroughAdam;
    /** Deals: of A, of B, of A deleted; and a log entry linked to A's deal and a third company (A's through the deal). */
    private static long dealOfA;

    private static long dealOfB;
    private static long dealDeleted;
    private static long logThroughDealOfA;

    @BeforeAll
    static void start() {
        // A database of its own: the list-and-item check below opens every stored id.
        crm = CrmHarness.on(TestDatabase.fresh(), Map.of());
        for (var token : List.of(PORTAL_A, PORTAL_B, PORTAL_MOVER, PORTAL_NONE, PORTAL_RACE)) {
            crm.identity
                    .user(
                            token,
                            FakeUser.withId("u-" + token)
                                    .named("Customer " + token)
                                    .memberOf(TestTokens.TENANT_ID, TestTokens.TENANT_NAME))
                    .policies(
                            token,
                            FakePolicy.list(FakePolicy.allow(TestTokens.FQN_PREFIX + "portal.access")
                                    .id("p-portal-" + token)));
            // The first call makes the user known here, so that an account can be made for them.
            assertEquals(403, crm.get("/api/portal/company", token).status());
        }
        companyA = id(crm.post("/api/companies", ADMIN, "{\"name\": \"Alpha Kft\", \"notes\": \"internal\"}"));
        companyB = id(crm.post("/api/companies", ADMIN, "{\"name\": \"Beta GmbH\"}"));
        anna = contact("Anna", companyA);
        adam = contact("Ádám", companyA);
        bob = contact("Bob", companyB);
        deletedContact = contact("Deleted", companyA);
        assertEquals(204, crm.delete("/api/contacts/" + deletedContact, ADMIN).status());
        account(PORTAL_A, anna);
        account(PORTAL_B, bob);

        logOfA = log("{\"type\": \"call\", \"subject\": \"Alpha call\", \"company_id\": " + companyA + "}", true);
        logOfB = log("{\"type\": \"call\", \"subject\": \"Beta call\", \"company_id\": " + companyB + "}", true);
        logOfBoth = log(
                "{\"type\": \"meeting\", \"subject\": \"Joint\", \"contact_id\": " + adam + ", \"company_id\": "
                        + companyB + "}",
                true);
        logNotShared = log("{\"type\": \"note\", \"subject\": \"Internal\", \"company_id\": " + companyA + "}", false);
        logDeleted = log("{\"type\": \"note\", \"subject\": \"Gone\", \"company_id\": " + companyA + "}", true);
        assertEquals(
                204, crm.delete("/api/communication-logs/" + logDeleted, ADMIN).status());
        logThroughAdam = log("{\"type\": \"sms\", \"body\": \"Through Adam\", \"contact_id\": " + adam + "}", true);

        var pipeline = crm.post(
                "/api/pipelines",
                ADMIN,
                "{\"name\": \"Vertrieb\", \"stages\": [{\"name\": \"Lead\", \"kind\": \"open\"},"
                        + " {\"name\": \"Won\", \"kind\": \"won\"}, {\"name\": \"Lost\", \"kind\": \"lost\"}]}");
        assertEquals(201, pipeline.status(), pipeline::toString);
        dealOfA = deal("Alpha Rahmenvertrag", companyA, "48000.00");
        dealOfB = deal("Beta Wartung", companyB, "1200.50");
        dealDeleted = deal("Alpha Gone", companyA, null);
        assertEquals(204, crm.delete("/api/deals/" + dealDeleted, ADMIN).status());
        long third = id(crm.post("/api/companies", ADMIN, "{\"name\": \"Gamma AG\"}"));
        logThroughDealOfA = log(
                "{\"type\": \"email\", \"subject\": \"Deal mail\", \"deal_id\": " + dealOfA + ", \"company_id\": "
                        + third + "}",
                true);
    }

    private static long deal(String title, long company, String amount) {
        return id(crm.post(
                "/api/deals",
                ADMIN,
                "{\"title\": \"" + title + "\", \"company_id\": " + company + ", \"amount\": "
                        + (amount == null ? "null" : "\"" + amount + "\"")
                        + ", \"expected_close_date\": \"2027-03-31\"}"));
    }

    @AfterAll
    static void stop() {
        crm.close();
    }

    private static long id(HttpResult created) {
        assertEquals(201, created.status(), created::toString);
        return created.json().path("data").path("id").asLong();
    }

    private static long contact(String name, Long company) {
        return id(crm.post(
                "/api/contacts",
                ADMIN,
                "{\"first_name\": \"" + name + "\", \"notes\": \"staff only\", \"company_id\": "
                        + (company == null ? "null" : company) + "}"));
    }

    private static long account(String token, long contact) {
        return id(crm.post(
                "/api/portal-accounts", ADMIN, "{\"user_id\": \"u-" + token + "\", \"contact_id\": " + contact + "}"));
    }

    private static long log(String body, boolean shared) {
        String withFlag = body.substring(0, body.length() - 1) + ", \"visible_to_customer\": " + shared + "}";
        return id(crm.post("/api/communication-logs", ADMIN, withFlag));
    }

    /** Every id a portal list shows, all pages. */
    private static Set<Long> listed(String collection, String token) {
        var ids = new TreeSet<Long>();
        for (int page = 1; ; page++) {
            var answer = crm.get(collection + "?per_page=100&page=" + page, token);
            assertEquals(200, answer.status(), answer::toString);
            answer.json().path("data").forEach(item -> ids.add(item.path("id").asLong()));
            if (page >= answer.json().path("meta").path("last_page").asLong()) {
                return ids;
            }
        }
    }

    private static boolean shows(String collection, long id, String token) {
        var answer = crm.get(collection + "/" + id, token);
        assertTrue(answer.status() == 200 || answer.status() == 404, answer::toString);
        if (answer.status() == 404) {
            assertEquals("not_found", answer.error());
        }
        return answer.status() == 200;
    }

    @Test
    void each_route_shows_the_own_company_and_never_another_the_deleted_or_the_unshared() {
        // Matrix: record -> {seen by A, seen by B}.
        var contacts = Map.of(
                anna,
                List.of(true, false),
                adam,
                List.of(true, false),
                bob,
                List.of(false, true),
                deletedContact,
                List.of(false, false));
        var logs = Map.of(
                logOfA, List.of(true, false),
                logOfB, List.of(false, true),
                logOfBoth, List.of(true, true),
                logNotShared, List.of(false, false),
                logDeleted, List.of(false, false),
                logThroughAdam, List.of(true, false),
                logThroughDealOfA, List.of(true, false));
        var deals = Map.of(
                dealOfA, List.of(true, false), dealOfB, List.of(false, true), dealDeleted, List.of(false, false));
        var callers = List.of(PORTAL_A, PORTAL_B);
        for (int c = 0; c < callers.size(); c++) {
            String token = callers.get(c);
            var listedContacts = listed("/api/portal/contacts", token);
            var listedLogs = listed("/api/portal/communication-logs", token);
            var listedDeals = listed("/api/portal/deals", token);
            for (var entry : deals.entrySet()) {
                boolean expected = entry.getValue().get(c);
                assertEquals(expected, listedDeals.contains(entry.getKey()), token + " lists deal " + entry.getKey());
                assertEquals(
                        expected,
                        shows("/api/portal/deals", entry.getKey(), token),
                        token + " opens deal " + entry.getKey());
            }
            for (var entry : contacts.entrySet()) {
                boolean expected = entry.getValue().get(c);
                assertEquals(
                        expected, listedContacts.contains(entry.getKey()), token + " lists contact " + entry.getKey());
                assertEquals(
                        expected,
                        shows("/api/portal/contacts", entry.getKey(), token),
                        token + " opens contact " + entry.getKey());
            }
            for (var entry : logs.entrySet()) {
                boolean expected = entry.getValue().get(c);
                assertEquals(expected, listedLogs.contains(entry.getKey()), token + " lists log " + entry.getKey());
                assertEquals(
                        expected,
                        shows("/api/portal/communication-logs", entry.getKey(), token),
                        token + " opens log " + entry.getKey());
            }
            var company = crm.get("/api/portal/company", token);
            assertEquals(200, company.status(), company::toString);
            assertEquals(
                    c == 0 ? companyA : companyB,
                    company.json().path("data").path("id").asLong());
        }
        // The portal's shapes carry no staff notes and no links to other records.
        var company = crm.get("/api/portal/company", PORTAL_A).json().path("data");
        assertTrue(company.path("notes").isMissingNode(), company::toString);
        var contact = crm.get("/api/portal/contacts/" + anna, PORTAL_A).json().path("data");
        assertTrue(
                contact.path("notes").isMissingNode()
                        && contact.path("created_by").isMissingNode(),
                contact::toString);
        var log = crm.get("/api/portal/communication-logs/" + logOfBoth, PORTAL_A)
                .json()
                .path("data");
        assertTrue(
                log.path("company_id").isMissingNode()
                        && log.path("visible_to_customer").isMissingNode(),
                log::toString);
        var deal = crm.get("/api/portal/deals/" + dealOfA, PORTAL_A).json().path("data");
        assertEquals("Alpha Rahmenvertrag", deal.path("title").asText());
        assertEquals("Lead", deal.path("stage_name").asText());
        assertEquals("open", deal.path("status").asText());
        assertEquals("48000.00", deal.path("amount").asText());
        assertEquals("2027-03-31", deal.path("expected_close_date").asText());
        assertTrue(
                deal.path("probability").isMissingNode()
                        && deal.path("owner_id").isMissingNode(),
                deal::toString);
        // Any id outside the company is 404, whatever it names: unknown, huge, not a number.
        for (String id : List.of("999999999", "9223372036854775807", "abc", "0")) {
            assertEquals(404, crm.get("/api/portal/contacts/" + id, PORTAL_A).status(), id);
            assertEquals(
                    404,
                    crm.get("/api/portal/communication-logs/" + id, PORTAL_A).status(),
                    id);
            assertEquals(404, crm.get("/api/portal/deals/" + id, PORTAL_A).status(), id);
        }
    }

    @Test
    void the_portal_lists_search_and_page_like_the_staff_routes() {
        var found = crm.get("/api/portal/contacts?search=adam", PORTAL_A);
        assertEquals(200, found.status(), found::toString);
        assertEquals(1, found.json().path("meta").path("total").asLong(), found::toString);
        assertEquals(adam, found.json().path("data").get(0).path("id").asLong());
        assertEquals(
                0,
                crm.get("/api/portal/contacts?search=bob", PORTAL_A)
                        .json()
                        .path("meta")
                        .path("total")
                        .asLong());
        var logs = crm.get("/api/portal/communication-logs?search=beta", PORTAL_B);
        assertEquals(1, logs.json().path("meta").path("total").asLong(), logs::toString);
        assertEquals(
                0,
                crm.get("/api/portal/communication-logs?search=beta", PORTAL_A)
                        .json()
                        .path("meta")
                        .path("total")
                        .asLong());
        var paged = crm.get("/api/portal/communication-logs?per_page=1&page=2", PORTAL_A);
        assertEquals(1, paged.json().path("data").size(), paged::toString);
        assertEquals(4, paged.json().path("meta").path("total").asLong(), paged::toString);
        var deals = crm.get("/api/portal/deals?search=rahmen&sort=title", PORTAL_A);
        assertEquals(1, deals.json().path("meta").path("total").asLong(), deals::toString);
        assertEquals(
                0,
                crm.get("/api/portal/deals?search=wartung", PORTAL_A)
                        .json()
                        .path("meta")
                        .path("total")
                        .asLong());
        assertEquals(422, crm.get("/api/portal/contacts?sort=notes", PORTAL_A).status());
    }

    @Test
    void a_record_whose_contact_moves_company_moves_with_it_and_so_does_an_account() {
        long mover = contact("Mover", null);
        long throughMover =
                log("{\"type\": \"call\", \"subject\": \"Mover call\", \"contact_id\": " + mover + "}", true);
        account(PORTAL_MOVER, mover);
        assertEquals(404, crm.get("/api/portal/company", PORTAL_MOVER).status(), "no company, nothing to show");
        assertEquals(0, listed("/api/portal/contacts", PORTAL_MOVER).size());

        assertEquals(
                200,
                crm.patch("/api/contacts/" + mover, ADMIN, "{\"company_id\": " + companyA + "}")
                        .status());
        assertTrue(listed("/api/portal/contacts", PORTAL_A).contains(mover));
        assertTrue(listed("/api/portal/communication-logs", PORTAL_A).contains(throughMover));
        assertTrue(shows("/api/portal/communication-logs", throughMover, PORTAL_A));
        assertEquals(
                companyA,
                crm.get("/api/portal/company", PORTAL_MOVER)
                        .json()
                        .path("data")
                        .path("id")
                        .asLong());

        assertEquals(
                200,
                crm.patch("/api/contacts/" + mover, ADMIN, "{\"company_id\": " + companyB + "}")
                        .status());
        assertTrue(!listed("/api/portal/contacts", PORTAL_A).contains(mover));
        assertTrue(!listed("/api/portal/communication-logs", PORTAL_A).contains(throughMover));
        assertTrue(!shows("/api/portal/communication-logs", throughMover, PORTAL_A));
        assertTrue(!shows("/api/portal/contacts", mover, PORTAL_A));
        assertTrue(listed("/api/portal/contacts", PORTAL_B).contains(mover));
        assertTrue(shows("/api/portal/communication-logs", throughMover, PORTAL_B));
        assertEquals(
                companyB,
                crm.get("/api/portal/company", PORTAL_MOVER)
                        .json()
                        .path("data")
                        .path("id")
                        .asLong());
        assertTrue(listed("/api/portal/communication-logs", PORTAL_MOVER).contains(logOfB));
    }

    @Test
    void every_portal_list_agrees_with_its_item_route_on_every_stored_record() {
        long maxContact = crm.sql(c -> {
            var rows = c.createStatement().executeQuery("SELECT coalesce(max(id), 0) FROM contacts");
            rows.next();
            return rows.getLong(1);
        });
        long maxDeal = crm.sql(c -> {
            var rows = c.createStatement().executeQuery("SELECT coalesce(max(id), 0) FROM deals");
            rows.next();
            return rows.getLong(1);
        });
        long maxLog = crm.sql(c -> {
            var rows = c.createStatement().executeQuery("SELECT coalesce(max(id), 0) FROM communication_logs");
            rows.next();
            return rows.getLong(1);
        });
        for (String token : List.of(PORTAL_A, PORTAL_B)) {
            var contacts = listed("/api/portal/contacts", token);
            for (long id = 1; id <= maxContact; id++) {
                assertEquals(contacts.contains(id), shows("/api/portal/contacts", id, token), token + " contact " + id);
            }
            var deals = listed("/api/portal/deals", token);
            for (long id = 1; id <= maxDeal; id++) {
                assertEquals(deals.contains(id), shows("/api/portal/deals", id, token), token + " deal " + id);
            }
            var logs = listed("/api/portal/communication-logs", token);
            for (long id = 1; id <= maxLog; id++) {
                assertEquals(
                        logs.contains(id), shows("/api/portal/communication-logs", id, token), token + " log " + id);
            }
        }
    }

    @Test
    void writes_anywhere_under_the_portal_are_405() {
        for (String route : ROUTES) {
            for (String method : List.of("POST", "PUT", "PATCH", "DELETE")) {
                var request = crm.request(route, PORTAL_A);
                var body = method.equals("DELETE")
                        ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString("{}");
                if (!method.equals("DELETE")) {
                    request.header("Content-Type", "application/json");
                }
                var answer = crm.send(request.method(method, body));
                assertEquals(405, answer.status(), () -> method + " " + route + ": " + answer);
                assertEquals("method_not_allowed", answer.error());
                assertTrue(answer.header("Allow").contains("GET"), answer::toString);
            }
        }
    }

    @Test
    void portal_access_without_an_account_is_403_portal_account_missing_and_staff_rights_do_not_open_the_portal() {
        for (String route : ROUTES) {
            var answer = crm.get(route, PORTAL_NONE);
            assertEquals(403, answer.status(), () -> route + ": " + answer);
            assertEquals("portal_account_missing", answer.error(), answer::toString);
            // An administrator passes every gate, but is no customer.
            assertEquals("portal_account_missing", crm.get(route, ADMIN).error());
            assertEquals("permission_denied", crm.get(route, TestTokens.MEMBER).error());
        }
        // A portal caller has no staff rights.
        assertEquals(403, crm.get("/api/contacts/" + anna, PORTAL_A).status());
        assertEquals(403, crm.get("/api/communication-logs", PORTAL_A).status());
        // Ending an account ends the portal for its user.
        long ended = account(PORTAL_NONE, adam);
        assertEquals(200, crm.get("/api/portal/company", PORTAL_NONE).status());
        assertEquals(204, crm.delete("/api/portal-accounts/" + ended, ADMIN).status());
        assertEquals(
                "portal_account_missing",
                crm.get("/api/portal/company", PORTAL_NONE).error());
    }

    @Test
    void portal_accounts_are_one_per_user_also_under_concurrent_creates_and_need_a_live_contact_and_a_known_user()
            throws Exception {
        var refused = crm.post(
                "/api/portal-accounts", ADMIN, "{\"user_id\": \"u-" + PORTAL_A + "\", \"contact_id\": " + adam + "}");
        assertEquals(422, refused.status(), refused::toString);
        assertEquals("portal_account_exists", refused.error());
        var deleted = crm.post(
                "/api/portal-accounts",
                ADMIN,
                "{\"user_id\": \"u-" + PORTAL_RACE + "\", \"contact_id\": " + deletedContact + "}");
        assertEquals(422, deleted.status());
        assertTrue(deleted.json().path("errors").has("contact_id"), deleted::toString);
        var unknown =
                crm.post("/api/portal-accounts", ADMIN, "{\"user_id\": \"u-nobody\", \"contact_id\": " + adam + "}");
        assertEquals(422, unknown.status());
        assertTrue(unknown.json().path("errors").has("user_id"), unknown::toString);

        int racers = 8;
        var statuses = new ArrayList<Integer>();
        try (var pool = Executors.newFixedThreadPool(racers)) {
            var calls = new ArrayList<Callable<Integer>>();
            for (int i = 0; i < racers; i++) {
                calls.add(() -> crm.post(
                                "/api/portal-accounts",
                                ADMIN,
                                "{\"user_id\": \"u-" + PORTAL_RACE + "\", \"contact_id\": " + adam + "}")
                        .status());
            }
            for (Future<Integer> status : pool.invokeAll(calls)) {
                statuses.add(status.get());
            }
        }
        assertEquals(1, statuses.stream().filter(s -> s == 201).count(), statuses::toString);
        assertEquals(racers - 1, statuses.stream().filter(s -> s == 422).count(), statuses::toString);
        long live = crm.sql(c -> {
            var rows = c.createStatement()
                    .executeQuery("SELECT count(*) FROM portal_accounts WHERE user_id = 'u-" + PORTAL_RACE
                            + "' AND deleted_at IS NULL");
            rows.next();
            return rows.getLong(1);
        });
        assertEquals(1, live);

        var list = crm.get("/api/portal-accounts?user_id=u-" + PORTAL_A, ADMIN);
        assertEquals(200, list.status(), list::toString);
        JsonNode only = list.json().path("data").get(0);
        assertEquals(anna, only.path("contact_id").asLong());
        assertEquals(
                200,
                crm.get("/api/portal-accounts/" + only.path("id").asLong(), ADMIN)
                        .status());
        assertEquals(403, crm.get("/api/portal-accounts", PORTAL_A).status(), "a customer manages no accounts");
    }
}
