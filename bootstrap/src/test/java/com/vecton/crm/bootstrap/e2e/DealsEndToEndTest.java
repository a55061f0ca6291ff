package com.vecton.crm.bootstrap.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.vecton.crm.adapter.out.identity.testing.FakePolicy;
import com.vecton.crm.adapter.out.identity.testing.FakeUser;
import com.vecton.crm.adapter.out.identity.testing.TestTokens;
import com.vecton.crm.adapter.out.persistence.testing.TestDatabase;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Deals as a client uses them, end to end against real Postgres: defaults, money, filters and
 * search, moves with their stage history, the board and its totals, the forecast now and as of a
 * past day, record-level policies, and the stage delete that moves a stage's deals.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DealsEndToEndTest {
    private static final String ADMIN = TestTokens.ADMIN;
    private static final String P = TestTokens.FQN_PREFIX;
    private static final String STAGES = "[{\"name\": \"Lead\", \"kind\": \"open\", \"probability\": 10},"
            + " {\"name\": \"Proposal\", \"kind\": \"open\", \"probability\": 50},"
            + " {\"name\": \"Won\", \"kind\": \"won\"}, {\"name\": \"Lost\", \"kind\": \"lost\"}]";
    private static CrmHarness crm;
    private static long company;
    private static long otherCompany;
    private static long contact;

    @BeforeAll
    static void start() {
        // A database of its own: which pipeline is the default decides where a deal without one goes.
        crm = CrmHarness.on(TestDatabase.fresh(), Map.of());
        crm.sql(c -> c.createStatement().executeUpdate("""
                INSERT INTO tenant_users (id, name, email, is_active) VALUES
                    ('u-admin', 'Ada Admin', 'ada@vecton.test', true),
                    ('u-d-anna', 'Anna Owner', 'anna@acme.test', true),
                    ('u-d-gone', 'Gone User', 'gone@acme.test', false)
                ON CONFLICT (id) DO NOTHING"""));
        company = id(crm.post("/api/companies", ADMIN, "{\"name\": \"Árvíztűrő Tükörfúró Kft.\"}"));
        otherCompany = id(crm.post("/api/companies", ADMIN, "{\"name\": \"Globex GmbH\"}"));
        contact = id(
                crm.post("/api/contacts", ADMIN, "{\"first_name\": \"Zsófia\", \"company_id\": " + otherCompany + "}"));
    }

    @AfterAll
    static void stop() {
        crm.close();
    }

    private static long id(HttpResult created) {
        assertEquals(201, created.status(), created::toString);
        return created.json().path("data").path("id").asLong();
    }

    private static JsonNode data(int status, HttpResult result) {
        assertEquals(status, result.status(), result::toString);
        return result.json().path("data");
    }

    private static void refused(int status, String error, HttpResult result) {
        assertEquals(status, result.status(), result::toString);
        assertEquals(error, result.error(), result::toString);
    }

    private static JsonNode pipeline(String name, boolean isDefault, String currency) {
        return data(
                201,
                crm.post(
                        "/api/pipelines",
                        ADMIN,
                        "{\"name\": \"" + name + " " + System.nanoTime() + "\", \"is_default\": " + isDefault
                                + ", \"currency\": \"" + currency + "\", \"stages\": " + STAGES + "}"));
    }

    private static long stage(JsonNode pipeline, String name) {
        for (JsonNode stage : pipeline.path("stages")) {
            if (stage.path("name").asText().equals(name)) {
                return stage.path("id").asLong();
            }
        }
        throw new AssertionError("no stage " + name + " in " + pipeline);
    }

    private static JsonNode deal(long pipeline, String title, String extra) {
        return data(
                201,
                crm.post(
                        "/api/deals",
                        ADMIN,
                        "{\"title\": \"" + title + "\", \"company_id\": " + company + ", \"pipeline_id\": " + pipeline
                                + extra + "}"));
    }

    private static JsonNode move(long deal, long stage, int position) {
        return data(
                200,
                crm.post(
                        "/api/deals/" + deal + "/move",
                        ADMIN,
                        "{\"stage_id\": " + stage + ", \"position\": " + position + "}"));
    }

    /** The live deals of a stage, by position, as the database has them: their ids and positions. */
    private static List<long[]> column(long stage) {
        return crm.sql(c -> {
            var rows = c.createStatement()
                    .executeQuery("SELECT id, position FROM deals WHERE deleted_at IS NULL AND stage_id = " + stage
                            + " ORDER BY position");
            var column = new ArrayList<long[]>();
            while (rows.next()) {
                column.add(new long[] {rows.getLong(1), rows.getLong(2)});
            }
            return column;
        });
    }

    private static List<Long> ids(long stage) {
        return column(stage).stream().map(row -> row[0]).toList();
    }

    private static List<Long> ids(JsonNode list) {
        var ids = new ArrayList<Long>();
        list.forEach(item -> ids.add(item.path("id").asLong()));
        return ids;
    }

    private static String token(String name, String user, FakePolicy... policies) {
        String token = "tok-" + name + "-" + System.nanoTime();
        crm.identity.user(
                token,
                FakeUser.withId(user)
                        .named(user)
                        .email(user + "@acme.test")
                        .memberOf(TestTokens.TENANT_ID, TestTokens.TENANT_NAME));
        crm.identity.policies(token, FakePolicy.list(policies));
        return token;
    }

    @Test
    @Order(0)
    void a_deal_without_pipeline_stage_currency_or_owner_gets_the_defaults_and_its_first_history_row() {
        var main = pipeline("Vertrieb", true, "HUF");
        var created = data(
                201,
                crm.post(
                        "/api/deals",
                        ADMIN,
                        "{\"title\": \"Rahmenvertrag\", \"company_id\": " + company + ", \"amount\": 1500.5}"));
        assertEquals(main.path("id").asLong(), created.path("pipeline_id").asLong(), created::toString);
        assertEquals(stage(main, "Lead"), created.path("stage_id").asLong());
        assertEquals("HUF", created.path("currency").asText());
        assertEquals("u-admin", created.path("owner_id").asText());
        assertEquals("1500.50", created.path("amount").asText(), "two places, as a string");
        assertEquals("open", created.path("status").asText());
        assertEquals(10, created.path("probability").asInt(), "the stage's");
        assertEquals("stage", created.path("probability_source").asText());
        assertEquals(0, created.path("position").asInt());
        var history = data(200, crm.get("/api/deals/" + created.path("id").asLong() + "/stage-history", ADMIN));
        assertEquals(1, history.size(), history::toString);
        assertTrue(history.get(0).path("from_stage_id").isNull());
        assertEquals(stage(main, "Lead"), history.get(0).path("to_stage_id").asLong());
        assertEquals("u-admin", history.get(0).path("changed_by").asText());
        assertTrue(history.get(0).path("left_at").isNull());
        assertTrue(history.get(0).path("seconds_in_stage").asLong() >= 0, history::toString);
        var read = data(200, crm.get("/api/deals/" + created.path("id").asLong(), ADMIN));
        assertEquals(created, read);
    }

    @Test
    @Order(1)
    void what_cannot_be_a_deal_is_refused_naming_each_field() {
        var p = pipeline("Refusals", false, "EUR");
        long lead = stage(p, "Lead");
        var other = pipeline("Elsewhere", false, "EUR");
        var refused = crm.post(
                "/api/deals",
                ADMIN,
                "{\"title\": \" \", \"company_id\": 999999, \"pipeline_id\": "
                        + p.path("id").asLong()
                        + ", \"amount\": \"10.005\", \"currency\": \"XYZ\", \"probability\": 101,"
                        + " \"owner_id\": \"u-d-gone\"}");
        refused(422, "validation_failed", refused);
        var errors = refused.json().path("errors");
        for (String field : List.of("title", "amount", "currency", "probability")) {
            assertTrue(errors.has(field), () -> field + " in " + errors);
        }
        refused(
                422,
                "validation_failed",
                crm.post(
                        "/api/deals",
                        ADMIN,
                        "{\"title\": \"x\", \"company_id\": " + company + ", \"pipeline_id\": "
                                + p.path("id").asLong() + ", \"stage_id\": " + stage(other, "Lead") + "}"));
        var references = crm.post(
                "/api/deals",
                ADMIN,
                "{\"title\": \"x\", \"company_id\": 999999, \"contact_ids\": [999998], \"pipeline_id\": "
                        + p.path("id").asLong() + ", \"stage_id\": " + lead + ", \"owner_id\": \"u-d-gone\"}");
        refused(422, "validation_failed", references);
        for (String field : List.of("company_id", "contact_ids", "owner_id")) {
            assertTrue(references.json().path("errors").has(field), references::toString);
        }
        refused(
                422,
                "validation_failed",
                crm.post("/api/deals", ADMIN, "{\"title\": \"x\", \"company_id\": " + company + ", \"amount\": -1}"));
        refused(
                400,
                "malformed_request",
                crm.post("/api/deals", ADMIN, "{\"title\": \"x\", \"company_id\": " + company + ", \"amount\": true}"));
        refused(
                422,
                "validation_failed",
                crm.post(
                        "/api/deals",
                        ADMIN,
                        "{\"title\": \"x\", \"company_id\": " + company + ", \"amount\": \"1e5\"}"));
    }

    @Test
    @Order(2)
    void moves_reorder_both_stages_write_history_and_follow_the_stage_rules() {
        var p = pipeline("Moves", false, "EUR");
        long pid = p.path("id").asLong();
        long lead = stage(p, "Lead");
        long proposal = stage(p, "Proposal");
        long won = stage(p, "Won");
        long lost = stage(p, "Lost");
        long a = deal(pid, "A", "").path("id").asLong();
        long b = deal(pid, "B", "").path("id").asLong();
        long c = deal(pid, "C", ", \"probability\": 33").path("id").asLong();
        assertEquals(List.of(a, b, c), ids(lead));

        long bVersion =
                data(200, crm.get("/api/deals/" + b, ADMIN)).path("version").asLong();
        var moved = move(a, proposal, 0);
        assertEquals(50, moved.path("probability").asInt(), "the new stage's");
        var shifted = data(200, crm.get("/api/deals/" + b, ADMIN));
        assertEquals(0, shifted.path("position").asInt());
        assertEquals(bVersion + 1, shifted.path("version").asLong(), "a shift is a new version");
        assertEquals(List.of(b, c), ids(lead));
        assertEquals(List.of(a), ids(proposal));
        move(c, proposal, 0);
        assertEquals(List.of(c, a), ids(proposal));
        assertEquals(
                33,
                data(200, crm.get("/api/deals/" + c, ADMIN)).path("probability").asInt(),
                "set by hand");
        move(c, proposal, 99);
        assertEquals(List.of(a, c), ids(proposal), "clamped to the end");
        var cleared = data(200, crm.patch("/api/deals/" + c, ADMIN, "{\"probability\": null}"));
        assertEquals(50, cleared.path("probability").asInt());
        assertEquals("stage", cleared.path("probability_source").asText());

        refused(
                422,
                "validation_failed",
                crm.post("/api/deals/" + b + "/move", ADMIN, "{\"stage_id\": " + lost + ", \"position\": 0}"));
        assertEquals(List.of(b), ids(lead), "a refused move shifts nothing");
        var lostDeal = data(
                200,
                crm.post(
                        "/api/deals/" + b + "/move",
                        ADMIN,
                        "{\"stage_id\": " + lost + ", \"position\": 0, \"lost_reason\": \"Zu teuer\"}"));
        assertEquals("lost", lostDeal.path("status").asText());
        assertEquals(0, lostDeal.path("probability").asInt());
        assertEquals("Zu teuer", lostDeal.path("lost_reason").asText());
        assertTrue(!lostDeal.path("lost_at").isNull());
        var wonDeal = move(a, won, 0);
        assertEquals("won", wonDeal.path("status").asText());
        assertEquals(100, wonDeal.path("probability").asInt());
        assertTrue(!wonDeal.path("won_at").isNull());
        refused(422, "validation_failed", crm.patch("/api/deals/" + a, ADMIN, "{\"probability\": 40}"));
        var reopened = move(b, lead, 0);
        assertTrue(
                reopened.path("lost_reason").isNull()
                        && reopened.path("lost_at").isNull(),
                reopened::toString);
        refused(
                422,
                "validation_failed",
                crm.post("/api/deals/" + a + "/move", ADMIN, "{\"stage_id\": 999999, \"position\": 0}"));

        var history = data(200, crm.get("/api/deals/" + a + "/stage-history", ADMIN));
        assertEquals(3, history.size(), history::toString);
        assertEquals(lead, history.get(1).path("from_stage_id").asLong());
        assertEquals(proposal, history.get(1).path("to_stage_id").asLong());
        assertEquals(50, history.get(1).path("probability").asInt());
        assertEquals(won, history.get(2).path("to_stage_id").asLong());
        assertEquals(history.get(1).path("changed_at"), history.get(0).path("left_at"));
        assertTrue(history.get(2).path("seconds_in_stage").isNull(), "a won deal is not waiting in its stage");
        assertEquals(List.of("created", "moved", "moved"), crm.sql(c2 -> {
            var rows = c2.createStatement()
                    .executeQuery("SELECT event FROM activity_log WHERE subject_type = 'deal' AND subject_id = '" + a
                            + "' ORDER BY id");
            var events = new ArrayList<String>();
            while (rows.next()) {
                events.add(rows.getString(1));
            }
            return events;
        }));
        // An edit to another stage puts the deal last there and writes its history too.
        var edited = data(200, crm.patch("/api/deals/" + c, ADMIN, "{\"stage_id\": " + lead + "}"));
        assertEquals(1, edited.path("position").asInt());
        assertEquals(List.of(b, c), ids(lead));
        assertEquals(
                3,
                data(200, crm.get("/api/deals/" + c + "/stage-history", ADMIN)).size());

        assertEquals(204, crm.delete("/api/deals/" + b, ADMIN).status());
        assertEquals(List.of(c), ids(lead));
        assertEquals(0, column(lead).getFirst()[1], "the deals after it close up");
        var restored = data(200, crm.post("/api/deals/" + b + "/restore", ADMIN, ""));
        assertEquals(1, restored.path("position").asInt(), "back at the end");

        // A PUT replaces every field: without pipeline_id the deal goes to the default pipeline's first open stage.
        var replaced =
                data(200, crm.put("/api/deals/" + b, ADMIN, "{\"title\": \"B2\", \"company_id\": " + company + "}"));
        var defaultPipeline = data(
                200, crm.get("/api/pipelines/" + replaced.path("pipeline_id").asLong(), ADMIN));
        assertTrue(defaultPipeline.path("is_default").asBoolean(), replaced::toString);
        assertEquals(stage(defaultPipeline, "Lead"), replaced.path("stage_id").asLong());
        assertEquals(List.of(c), ids(lead), "it left this pipeline");
    }

    @Test
    @Order(3)
    void lists_filter_and_search_by_title_and_company_name() {
        var p = pipeline("Filters", false, "EUR");
        long pid = p.path("id").asLong();
        long proposal = stage(p, "Proposal");
        long spring = deal(pid, "Frühjahrsaktion", ", \"amount\": \"100.00\", \"expected_close_date\": \"2027-03-01\"")
                .path("id")
                .asLong();
        long globex = data(
                        201,
                        crm.post(
                                "/api/deals",
                                ADMIN,
                                "{\"title\": \"Lizenz\", \"company_id\": " + otherCompany + ", \"pipeline_id\": " + pid
                                        + ", \"contact_ids\": [" + contact + "], \"owner_id\": \"u-d-anna\","
                                        + " \"amount\": \"5000\", \"expected_close_date\": \"2027-06-15\"}"))
                .path("id")
                .asLong();
        long big = deal(pid, "Großprojekt", ", \"amount\": \"90000.00\", \"stage_id\": " + proposal)
                .path("id")
                .asLong();
        String base = "/api/deals?pipeline_id=" + pid + "&sort=title";
        assertEquals(List.of(spring), ids(data(200, crm.get(base + "&search=fruhjahr", ADMIN))), "accents folded");
        assertEquals(List.of(globex), ids(data(200, crm.get(base + "&search=globex", ADMIN))), "company name");
        assertEquals(
                List.of(globex), ids(data(200, crm.get("/api/deals?search=glob&company_id=" + otherCompany, ADMIN))));
        assertEquals(List.of(spring, big), ids(data(200, crm.get(base + "&search=tukorfuro", ADMIN))));
        assertEquals(List.of(big), ids(data(200, crm.get(base + "&stage_id=" + proposal, ADMIN))));
        assertEquals(List.of(globex), ids(data(200, crm.get(base + "&contact_id=" + contact, ADMIN))));
        assertEquals(List.of(globex), ids(data(200, crm.get(base + "&owner_id=u-d-anna", ADMIN))));
        assertEquals(2, data(200, crm.get(base + "&owner_id=me", ADMIN)).size());
        assertEquals(List.of(big, globex), ids(data(200, crm.get(base + "&amount_min=5000", ADMIN))));
        assertEquals(List.of(spring, globex), ids(data(200, crm.get(base + "&amount_max=5000.00", ADMIN))));
        assertEquals(
                List.of(spring),
                ids(data(
                        200,
                        crm.get(base + "&expected_close_after=2027-03-01&expected_close_before=2027-06-15", ADMIN))));
        assertEquals(3, data(200, crm.get(base + "&status=open", ADMIN)).size());
        assertEquals(List.of(spring, globex, big), ids(data(200, crm.get(base.replace("title", "amount"), ADMIN))));
        refused(422, "validation_failed", crm.get(base + "&amount_min=lots", ADMIN));
        refused(422, "validation_failed", crm.get(base + "&status=maybe", ADMIN));
        refused(422, "validation_failed", crm.get(base + "&expected_close_after=2027-13-01", ADMIN));
        refused(422, "validation_failed", crm.get(base + "&amount_min=10&amount_max=5", ADMIN));
    }

    @Test
    @Order(4)
    void the_board_shows_every_stage_in_order_with_its_deals_and_totals_per_currency() {
        var p = pipeline("Board", false, "EUR");
        long pid = p.path("id").asLong();
        long proposal = stage(p, "Proposal");
        deal(pid, "Eins", ", \"amount\": \"1000.00\"");
        deal(pid, "Zwei", ", \"amount\": \"333.33\", \"probability\": 33");
        deal(pid, "Drei", ", \"amount\": \"2000000\", \"currency\": \"HUF\"");
        deal(pid, "Vier", ", \"stage_id\": " + proposal);
        var board = data(200, crm.get("/api/pipelines/" + pid + "/board", ADMIN));
        var stages = board.path("stages");
        assertEquals(List.of("Lead", "Proposal", "Won", "Lost"), names(stages));
        var lead = stages.get(0);
        assertEquals(3, lead.path("count").asInt());
        assertEquals(List.of("Eins", "Zwei", "Drei"), titles(lead.path("deals")));
        var totals = lead.path("totals");
        assertEquals("EUR", totals.get(0).path("currency").asText());
        assertEquals(2, totals.get(0).path("count").asInt());
        assertEquals("1333.33", totals.get(0).path("amount").asText());
        // 1000 × 10 % + 333.33 × 33 % = 100 + 109.9989, rounded once: 210.00
        assertEquals("210.00", totals.get(0).path("weighted_amount").asText());
        assertEquals("HUF", totals.get(1).path("currency").asText());
        assertEquals("2000000.00", totals.get(1).path("amount").asText());
        assertEquals("200000.00", totals.get(1).path("weighted_amount").asText());
        assertEquals(1, stages.get(1).path("count").asInt());
        assertEquals("0.00", stages.get(1).path("totals").get(0).path("amount").asText(), "no amount adds nothing");
        assertEquals(0, stages.get(2).path("deals").size());
        refused(404, "not_found", crm.get("/api/pipelines/999999/board", ADMIN));
    }

    @Test
    @Order(5)
    void the_forecast_sums_open_and_won_deals_per_currency_by_month_owner_and_stage() {
        var p = pipeline("Forecast", false, "EUR");
        long pid = p.path("id").asLong();
        long won = stage(p, "Won");
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        deal(pid, "März", ", \"amount\": \"1000.00\", \"expected_close_date\": \"2027-03-10\"");
        deal(pid, "März HUF", ", \"amount\": \"500\", \"currency\": \"HUF\", \"expected_close_date\": \"2027-03-20\"");
        deal(
                pid,
                "April",
                ", \"amount\": \"200.00\", \"expected_close_date\": \"2027-04-01\", \"owner_id\": \"u-d-anna\"");
        deal(pid, "Ohne Datum", ", \"amount\": \"50.00\"");
        long closed = deal(pid, "Gewonnen", ", \"amount\": \"700.00\", \"expected_close_date\": \"2027-03-31\"")
                .path("id")
                .asLong();
        move(closed, won, 0);

        var byMonth = data(200, crm.get("/api/pipelines/" + pid + "/forecast", ADMIN));
        var groups = byMonth.path("groups");
        var current = today.substring(0, 7);
        assertEquals(List.of(current, "2027-03", "2027-04", "null"), keys(groups), groups::toString);
        var march = groups.get(1).path("open");
        assertEquals("EUR", march.get(0).path("currency").asText());
        assertEquals("1000.00", march.get(0).path("amount").asText());
        assertEquals("100.00", march.get(0).path("weighted_amount").asText());
        assertEquals("HUF", march.get(1).path("currency").asText());
        assertEquals("50.00", march.get(1).path("weighted_amount").asText());
        assertEquals("700.00", groups.get(0).path("won").get(0).path("amount").asText(), "won this month");
        assertEquals(
                "1250.00",
                byMonth.path("total").path("open").get(0).path("amount").asText());

        var ranged = data(200, crm.get("/api/pipelines/" + pid + "/forecast?from=2027-03-01&to=2027-03-31", ADMIN));
        assertEquals(List.of("2027-03"), keys(ranged.path("groups")), "no undated deals, no win outside");
        var byOwner = data(200, crm.get("/api/pipelines/" + pid + "/forecast?group=owner", ADMIN));
        assertEquals(List.of("u-admin", "u-d-anna"), keys(byOwner.path("groups")));
        var byStage = data(200, crm.get("/api/pipelines/" + pid + "/forecast?group=stage", ADMIN));
        assertEquals(
                List.of(Long.toString(stage(p, "Lead")), Long.toString(won)).stream()
                        .sorted()
                        .toList(),
                keys(byStage.path("groups")));
        refused(422, "validation_failed", crm.get("/api/pipelines/" + pid + "/forecast?group=week", ADMIN));
        refused(
                422,
                "validation_failed",
                crm.get("/api/pipelines/" + pid + "/forecast?from=2027-04-01&to=2027-03-01", ADMIN));
    }

    @Test
    @Order(6)
    void the_forecast_as_of_a_past_day_is_what_the_deals_were_then() {
        var p = pipeline("AsOf", false, "EUR");
        long pid = p.path("id").asLong();
        long proposal = stage(p, "Proposal");
        long deal = deal(pid, "Damals", ", \"amount\": \"1000.00\", \"expected_close_date\": \"2027-05-05\"")
                .path("id")
                .asLong();
        // The deal as created is dated to January 2026; the changes below are today's.
        crm.sql(c -> c.createStatement()
                .executeUpdate(
                        "UPDATE deal_revisions SET valid_from = '2026-01-10T12:00:00Z' WHERE deal_id = " + deal));
        data(200, crm.patch("/api/deals/" + deal, ADMIN, "{\"amount\": \"4000.00\"}"));
        move(deal, proposal, 0);
        String path = "/api/pipelines/" + pid + "/forecast?group=stage";

        var then = data(200, crm.get(path + "&as_of=2026-01-15", ADMIN));
        assertEquals("2026-01-15", then.path("as_of").asText());
        assertEquals(List.of(Long.toString(stage(p, "Lead"))), keys(then.path("groups")));
        var open = then.path("groups").get(0).path("open").get(0);
        assertEquals("1000.00", open.path("amount").asText());
        assertEquals("100.00", open.path("weighted_amount").asText(), "the Lead stage's 10 %");

        assertEquals(
                0,
                data(200, crm.get(path + "&as_of=2026-01-09", ADMIN))
                        .path("groups")
                        .size(),
                "not yet made");
        var now = data(200, crm.get(path, ADMIN)).path("groups");
        assertEquals(List.of(Long.toString(proposal)), keys(now));
        assertEquals(
                "2000.00",
                now.get(0).path("open").get(0).path("weighted_amount").asText());
        assertEquals(
                now,
                data(200, crm.get(path + "&as_of=" + LocalDate.now(ZoneOffset.UTC), ADMIN))
                        .path("groups"),
                "as of today is now");
        assertEquals(204, crm.delete("/api/deals/" + deal, ADMIN).status());
        assertEquals(0, data(200, crm.get(path, ADMIN)).path("groups").size());
        assertEquals(
                1,
                data(200, crm.get(path + "&as_of=2026-01-15", ADMIN))
                        .path("groups")
                        .size());
    }

    @Test
    @Order(7)
    void policies_on_the_owner_filter_the_list_and_guard_the_item_and_the_board() {
        var p = pipeline("Policies", false, "EUR");
        long pid = p.path("id").asLong();
        long annas =
                deal(pid, "Annas", ", \"owner_id\": \"u-d-anna\"").path("id").asLong();
        long others = deal(pid, "Fremd", "").path("id").asLong();
        String anna = token(
                "anna",
                "u-d-anna",
                FakePolicy.allow(P + "deals.list", P + "deals.view", P + "deals.update")
                        .when("StringEquals", "resource.owner_id", "${user.id}"),
                FakePolicy.allow(P + "deals.list"));
        var listed = crm.get("/api/deals?pipeline_id=" + pid, anna);
        assertEquals(List.of(annas), ids(data(200, listed)), listed::toString);
        assertEquals(1, listed.json().path("meta").path("total").asInt());
        assertEquals(200, crm.get("/api/deals/" + annas, anna).status());
        refused(403, "permission_denied", crm.get("/api/deals/" + others, anna));
        refused(403, "permission_denied", crm.patch("/api/deals/" + others, anna, "{\"title\": \"meins\"}"));
        refused(403, "permission_denied", crm.get("/api/pipelines/" + pid + "/board", anna));
        refused(403, "permission_denied", crm.get("/api/pipelines/" + pid + "/forecast", anna));
        assertEquals(
                200,
                crm.patch("/api/deals/" + annas, anna, "{\"title\": \"Annas, bald\"}")
                        .status());
    }

    /**
     * Each attribute a deal shows to policies decides its item and filters its list in SQL: two deals
     * that differ in every one of them, and per attribute a caller allowed only where it is the first
     * deal's value.
     */
    @Test
    @Order(20)
    void policies_on_the_pipeline_stage_company_and_status_filter_the_list_and_guard_the_item() {
        String mark = "Merkmal" + System.nanoTime();
        var first = pipeline("Attribute A", false, "EUR");
        var second = pipeline("Attribute B", false, "EUR");
        var open = deal(first.path("id").asLong(), mark + " offen", ", \"stage_id\": " + stage(first, "Lead"));
        var won = data(
                201,
                crm.post(
                        "/api/deals",
                        ADMIN,
                        "{\"title\": \"" + mark + " gewonnen\", \"company_id\": " + otherCompany
                                + ", \"pipeline_id\": " + second.path("id").asLong() + ", \"stage_id\": "
                                + stage(second, "Won") + "}"));
        assertEquals("won", won.path("status").asText());
        var attributes = Map.of(
                "pipeline_id", open.path("pipeline_id").asText(),
                "stage_id", open.path("stage_id").asText(),
                "company_id", open.path("company_id").asText(),
                "status", open.path("status").asText());
        attributes.forEach((attribute, value) -> {
            String caller = token(
                    "attr-" + attribute,
                    "u-d-attr",
                    FakePolicy.allow(P + "deals.list", P + "deals.view")
                            .when("StringEquals", "resource." + attribute, value),
                    FakePolicy.allow(P + "deals.list"));
            var listed = crm.get("/api/deals?search=" + mark.toLowerCase(java.util.Locale.ROOT), caller);
            assertEquals(List.of(open.path("id").asLong()), ids(data(200, listed)), attribute + ": " + listed);
            assertEquals(1, listed.json().path("meta").path("total").asInt(), attribute);
            assertEquals(
                    200,
                    crm.get("/api/deals/" + open.path("id").asLong(), caller).status(),
                    attribute);
            refused(
                    403,
                    "permission_denied",
                    crm.get("/api/deals/" + won.path("id").asLong(), caller));
        });
    }

    @Test
    @Order(21)
    void a_pipeline_whose_stages_hold_live_deals_is_not_deleted_and_goes_once_they_are_gone() {
        var p = pipeline("Abbau", false, "EUR");
        long pid = p.path("id").asLong();
        long deal = deal(pid, "Letzter", ", \"stage_id\": " + stage(p, "Won"))
                .path("id")
                .asLong();
        refused(422, "stage_in_use", crm.delete("/api/pipelines/" + pid, ADMIN));
        assertEquals(200, crm.get("/api/pipelines/" + pid + "/board", ADMIN).status(), "nothing was deleted");
        assertEquals(204, crm.delete("/api/deals/" + deal, ADMIN).status());
        assertEquals(204, crm.delete("/api/pipelines/" + pid, ADMIN).status(), "a deleted deal holds nothing");
    }

    @Test
    @Order(8)
    void a_stage_with_live_deals_goes_only_with_a_stage_to_move_them_to_and_they_move_with_history() {
        var p = pipeline("Cleanup", false, "EUR");
        long pid = p.path("id").asLong();
        long lead = stage(p, "Lead");
        long proposal = stage(p, "Proposal");
        long lost = stage(p, "Lost");
        long kept =
                deal(pid, "Bleibt", ", \"stage_id\": " + proposal).path("id").asLong();
        long first = deal(pid, "Erster", "").path("id").asLong();
        long second = deal(pid, "Zweiter", "").path("id").asLong();
        long binned = deal(pid, "Papierkorb", "").path("id").asLong();
        assertEquals(204, crm.delete("/api/deals/" + binned, ADMIN).status());
        String item = "/api/pipelines/" + pid;

        refused(422, "stage_in_use", crm.delete(item + "/stages/" + lead, ADMIN));
        refused(422, "stage_in_use", crm.patch(item + "/stages/" + lead, ADMIN, "{\"kind\": \"won\"}"));
        refused(422, "validation_failed", crm.delete(item + "/stages/" + lead + "?move_to=" + lead, ADMIN));
        refused(422, "validation_failed", crm.delete(item + "/stages/" + lead + "?move_to=" + lost, ADMIN));
        refused(422, "validation_failed", crm.delete(item + "/stages/" + lead + "?move_to=abc", ADMIN));
        assertEquals(List.of(first, second), ids(lead), "a refused delete moves nothing");

        assertEquals(
                204,
                crm.delete(item + "/stages/" + lead + "?move_to=" + proposal, ADMIN)
                        .status());
        assertEquals(List.of(kept, first, second), ids(proposal));
        assertEquals(List.of(), ids(lead));
        var history = data(200, crm.get("/api/deals/" + first + "/stage-history", ADMIN));
        assertEquals(lead, history.get(1).path("from_stage_id").asLong());
        assertEquals(proposal, history.get(1).path("to_stage_id").asLong());
        assertEquals(
                50,
                data(200, crm.get("/api/deals/" + first, ADMIN))
                        .path("probability")
                        .asInt());
        var restored = data(200, crm.post("/api/deals/" + binned + "/restore", ADMIN, ""));
        assertEquals(proposal, restored.path("stage_id").asLong(), "a deleted deal went along");
        assertEquals(3, restored.path("position").asInt());
        var pipelineNow = data(200, crm.get(item, ADMIN));
        assertEquals(List.of("Proposal", "Won", "Lost"), names(pipelineNow.path("stages")));
        // A stage without live deals goes without move_to; its deleted deals go to the first open stage left.
        var added = data(200, crm.post(item + "/stages", ADMIN, "{\"name\": \"Demo\", \"kind\": \"won\"}"));
        long demo = stage(added, "Demo");
        long gone = deal(pid, "Demo-Deal", ", \"stage_id\": " + demo).path("id").asLong();
        assertEquals(204, crm.delete("/api/deals/" + gone, ADMIN).status());
        assertEquals(204, crm.delete(item + "/stages/" + demo, ADMIN).status());
        var back = data(200, crm.post("/api/deals/" + gone + "/restore", ADMIN, ""));
        assertEquals(proposal, back.path("stage_id").asLong());
        assertEquals("open", back.path("status").asText());
        assertTrue(back.path("won_at").isNull(), back::toString);
    }

    private static List<String> names(JsonNode stages) {
        var names = new ArrayList<String>();
        stages.forEach(s -> names.add(s.path("name").asText()));
        return names;
    }

    private static List<String> titles(JsonNode deals) {
        var titles = new ArrayList<String>();
        deals.forEach(d -> titles.add(d.path("title").asText()));
        return titles;
    }

    private static List<String> keys(JsonNode groups) {
        var keys = new ArrayList<String>();
        groups.forEach(
                g -> keys.add(g.path("key").isNull() ? "null" : g.path("key").asText()));
        return keys;
    }
}
