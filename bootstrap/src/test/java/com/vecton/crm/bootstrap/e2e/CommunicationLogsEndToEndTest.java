package com.vecton.crm.bootstrap.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.vecton.crm.adapter.out.identity.testing.FakePolicy;
import com.vecton.crm.adapter.out.identity.testing.FakeUser;
import com.vecton.crm.adapter.out.identity.testing.TestTokens;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Communication logs as a client uses them, end to end: links, rules, filters, search, the audit trail and the timeline. */
class CommunicationLogsEndToEndTest {
    private static final String ADMIN = TestTokens.ADMIN;
    /** May list and open only the log entries they created. */
    private static final String OWN_LOGS = "tok-comms-own-logs";

    private static CrmHarness crm;

    @BeforeAll
    static void start() {
        crm = CrmHarness.start();
        crm.identity
                .user(
                        OWN_LOGS,
                        FakeUser.withId("u-comms-own")
                                .named("Olga Own")
                                .memberOf(TestTokens.TENANT_ID, TestTokens.TENANT_NAME))
                .policies(
                        OWN_LOGS,
                        FakePolicy.list(
                                FakePolicy.allow(TestTokens.FQN_PREFIX + "communication_logs.*")
                                        .id("p-own-logs")
                                        .when("StringEquals", "resource.created_by", "${user.id}"),
                                FakePolicy.allow(TestTokens.FQN_PREFIX + "companies.*")
                                        .id("p-companies")));
    }

    @AfterAll
    static void stop() {
        crm.close();
    }

    private static String unique(String prefix) {
        return prefix + " " + Long.toString(System.nanoTime(), 36);
    }

    private static long company() {
        var created = crm.post("/api/companies", ADMIN, "{\"name\": \"" + unique("Kft") + "\"}");
        assertEquals(201, created.status(), created::toString);
        return created.json().path("data").path("id").asLong();
    }

    private static long contactAt(Long company) {
        var created = crm.post(
                "/api/contacts",
                ADMIN,
                "{\"first_name\": \"Anna\", \"company_id\": " + (company == null ? "null" : company) + "}");
        assertEquals(201, created.status(), created::toString);
        return created.json().path("data").path("id").asLong();
    }

    private static JsonNode log(String token, String body) {
        var created = crm.post("/api/communication-logs", token, body);
        assertEquals(201, created.status(), created::toString);
        assertNotNull(created.header("Location"));
        return created.json().path("data");
    }

    private static List<Long> ids(HttpResult list) {
        assertEquals(200, list.status(), list::toString);
        var ids = new ArrayList<Long>();
        list.json().path("data").forEach(item -> ids.add(item.path("id").asLong()));
        return ids;
    }

    @Test
    void a_contact_link_also_links_the_contacts_company_and_the_time_defaults_to_now() {
        long company = company();
        long contact = contactAt(company);
        Instant before = Instant.now().minusSeconds(1);
        var call = log(
                ADMIN,
                "{\"type\": \"call\", \"direction\": \"outbound\", \"subject\": \"Renewal\","
                        + " \"duration_minutes\": 15, \"contact_id\": " + contact + "}");

        assertEquals(contact, call.path("contact_id").asLong());
        assertEquals(company, call.path("company_id").asLong(), call::toString);
        assertFalse(call.path("visible_to_customer").asBoolean());
        assertEquals("u-admin", call.path("created_by").asText());
        Instant at = Instant.parse(call.path("occurred_at").asText());
        assertTrue(!at.isBefore(before) && at.isBefore(Instant.now().plusSeconds(1)), call::toString);

        long other = company();
        var named = log(ADMIN, "{\"type\": \"email\", \"contact_id\": " + contact + ", \"company_id\": " + other + "}");
        assertEquals(other, named.path("company_id").asLong(), "a company named is kept");

        var moved = crm.patch(
                "/api/communication-logs/" + named.path("id").asLong(),
                ADMIN,
                "{\"contact_id\": " + contactAt(other) + "}");
        assertEquals(200, moved.status(), moved::toString);
        assertEquals(other, moved.json().path("data").path("company_id").asLong());
        var audit = crm.get(
                "/api/activity-logs?subject_type=communication_log&subject_id="
                        + named.path("id").asLong(),
                ADMIN);
        assertEquals(2, audit.json().path("meta").path("total").asLong(), audit::toString);
    }

    @Test
    void the_rules_of_a_log_entry_are_422_naming_each_field() {
        long company = company();
        var unlinked = crm.post("/api/communication-logs", ADMIN, "{\"type\": \"call\"}");
        assertEquals(422, unlinked.status(), unlinked::toString);
        assertTrue(unlinked.json().path("errors").has("contact_id"), unlinked::toString);
        assertTrue(unlinked.json().path("errors").has("company_id"), unlinked::toString);

        var noteWithDirection = crm.post(
                "/api/communication-logs",
                ADMIN,
                "{\"type\": \"note\", \"direction\": \"inbound\", \"company_id\": " + company + "}");
        assertEquals(422, noteWithDirection.status());
        assertTrue(noteWithDirection.json().path("errors").has("direction"), noteWithDirection::toString);

        var emailWithDuration = crm.post(
                "/api/communication-logs",
                ADMIN,
                "{\"type\": \"email\", \"duration_minutes\": 5, \"company_id\": " + company + "}");
        assertEquals(422, emailWithDuration.status());
        assertTrue(emailWithDuration.json().path("errors").has("duration_minutes"), emailWithDuration::toString);

        var longBody = crm.post(
                "/api/communication-logs",
                ADMIN,
                "{\"type\": \"note\", \"body\": \"" + "x".repeat(20_001) + "\", \"company_id\": " + company + "}");
        assertEquals(422, longBody.status());
        assertTrue(longBody.json().path("errors").has("body"), longBody::toString);
        log(ADMIN, "{\"type\": \"note\", \"body\": \"" + "x".repeat(20_000) + "\", \"company_id\": " + company + "}");

        var unknownType =
                crm.post("/api/communication-logs", ADMIN, "{\"type\": \"fax\", \"company_id\": " + company + "}");
        assertEquals(422, unknownType.status());
        assertTrue(unknownType.json().path("errors").has("type"), unknownType::toString);

        long deletedContact = contactAt(company);
        assertEquals(204, crm.delete("/api/contacts/" + deletedContact, ADMIN).status());
        var toDeleted = crm.post(
                "/api/communication-logs", ADMIN, "{\"type\": \"sms\", \"contact_id\": " + deletedContact + "}");
        assertEquals(422, toDeleted.status());
        assertTrue(toDeleted.json().path("errors").has("contact_id"), toDeleted::toString);

        var wrongJsonType = crm.post("/api/communication-logs", ADMIN, "{\"type\": \"call\", \"company_id\": \"one\"}");
        assertEquals(400, wrongJsonType.status(), wrongJsonType::toString);
    }

    @Test
    void the_list_filters_searches_and_shows_newest_first() {
        long company = company();
        long contact = contactAt(company);
        var start = Instant.parse("2026-03-01T08:00:00Z");
        var old = log(
                ADMIN,
                "{\"type\": \"meeting\", \"subject\": \"Műhely\", \"occurred_at\": \"" + start + "\", \"contact_id\": "
                        + contact + "}");
        var middle = log(
                ADMIN,
                "{\"type\": \"note\", \"body\": \"Straße gesperrt\", \"occurred_at\": \""
                        + start.plus(Duration.ofDays(1)) + "\", \"company_id\": " + company + "}");
        var recent = log(
                ADMIN,
                "{\"type\": \"call\", \"subject\": \"Rückruf\", \"occurred_at\": \"" + start.plus(Duration.ofDays(2))
                        + "\", \"contact_id\": " + contact + "}");
        String base = "/api/communication-logs?company_id=" + company;

        assertEquals(
                List.of(
                        recent.path("id").asLong(),
                        middle.path("id").asLong(),
                        old.path("id").asLong()),
                ids(crm.get(base, ADMIN)));
        assertEquals(
                List.of(
                        old.path("id").asLong(),
                        middle.path("id").asLong(),
                        recent.path("id").asLong()),
                ids(crm.get(base + "&sort=occurred_at", ADMIN)));
        assertEquals(
                List.of(recent.path("id").asLong(), old.path("id").asLong()),
                ids(crm.get("/api/communication-logs?contact_id=" + contact, ADMIN)));
        assertEquals(List.of(middle.path("id").asLong()), ids(crm.get(base + "&type=note", ADMIN)));
        assertEquals(List.of(middle.path("id").asLong()), ids(crm.get(base + "&search=strasse", ADMIN)));
        assertEquals(List.of(old.path("id").asLong()), ids(crm.get(base + "&search=muhely", ADMIN)));
        assertEquals(
                List.of(middle.path("id").asLong()),
                ids(crm.get(base + "&from=2026-03-02&to=2026-03-02", ADMIN)),
                "a date to includes that day");
        var badFilter = crm.get(base + "&type=fax&from=yesterday", ADMIN);
        assertEquals(422, badFilter.status());
        assertTrue(badFilter.json().path("errors").has("type")
                && badFilter.json().path("errors").has("from"));
    }

    @Test
    void a_caller_allowed_only_their_own_entries_lists_and_opens_only_those() {
        long company = company();
        var mine = log(OWN_LOGS, "{\"type\": \"note\", \"company_id\": " + company + "}");
        var theirs = log(ADMIN, "{\"type\": \"note\", \"company_id\": " + company + "}");

        assertEquals(
                List.of(mine.path("id").asLong()),
                ids(crm.get("/api/communication-logs?company_id=" + company, OWN_LOGS)));
        assertEquals(
                200,
                crm.get("/api/communication-logs/" + mine.path("id").asLong(), OWN_LOGS)
                        .status());
        assertEquals(
                403,
                crm.get("/api/communication-logs/" + theirs.path("id").asLong(), OWN_LOGS)
                        .status());
        var timeline = crm.get("/api/companies/" + company + "/timeline", OWN_LOGS);
        assertEquals(200, timeline.status(), timeline::toString);
        assertEquals(1, timeline.json().path("meta").path("total").asLong(), timeline::toString);
    }

    @Test
    void the_timeline_merges_the_companys_and_its_contacts_entries_newest_first_and_pages() {
        long company = company();
        long elsewhere = company();
        long moved = contactAt(null);
        var start = Instant.parse("2026-04-01T08:00:00Z");
        var beforeTheMove =
                log(ADMIN, "{\"type\": \"call\", \"occurred_at\": \"" + start + "\", \"contact_id\": " + moved + "}");
        assertEquals(
                200,
                crm.patch("/api/contacts/" + moved, ADMIN, "{\"company_id\": " + company + "}")
                        .status());
        var own = log(
                ADMIN,
                "{\"type\": \"note\", \"occurred_at\": \"" + start.plusSeconds(60) + "\", \"company_id\": " + company
                        + "}");
        var otherCompany = log(
                ADMIN,
                "{\"type\": \"note\", \"occurred_at\": \"" + start.plusSeconds(120) + "\", \"company_id\": " + elsewhere
                        + "}");
        var deleted = log(
                ADMIN,
                "{\"type\": \"note\", \"occurred_at\": \"" + start.plusSeconds(180) + "\", \"company_id\": " + company
                        + "}");
        assertEquals(
                204,
                crm.delete("/api/communication-logs/" + deleted.path("id").asLong(), ADMIN)
                        .status());

        var timeline = crm.get("/api/companies/" + company + "/timeline", ADMIN);
        assertEquals(200, timeline.status(), timeline::toString);
        var entries = timeline.json().path("data");
        assertEquals(2, entries.size(), timeline::toString);
        assertEquals("communication_log", entries.get(0).path("kind").asText());
        assertEquals(
                own.path("id").asLong(),
                entries.get(0).path("communication_log").path("id").asLong());
        assertEquals(
                beforeTheMove.path("id").asLong(),
                entries.get(1).path("communication_log").path("id").asLong());
        assertEquals(
                entries.get(0).path("communication_log").path("occurred_at"),
                entries.get(0).path("at"));
        assertFalse(timeline.body().contains("\"id\":" + otherCompany.path("id").asLong() + ","), timeline::toString);

        var secondPage = crm.get("/api/companies/" + company + "/timeline?per_page=1&page=2", ADMIN);
        assertEquals(1, secondPage.json().path("data").size(), secondPage::toString);
        assertEquals(
                beforeTheMove.path("id").asLong(),
                secondPage
                        .json()
                        .path("data")
                        .get(0)
                        .path("communication_log")
                        .path("id")
                        .asLong());
        assertEquals(2, secondPage.json().path("meta").path("total").asLong());

        assertEquals(404, crm.get("/api/companies/999999999/timeline", ADMIN).status());
        assertEquals(204, crm.delete("/api/companies/" + elsewhere, ADMIN).status());
        assertEquals(
                404, crm.get("/api/companies/" + elsewhere + "/timeline", ADMIN).status());
    }

    @Test
    void an_entry_is_deleted_to_the_bin_restored_and_replaced() {
        long company = company();
        var entry = log(
                ADMIN,
                "{\"type\": \"sms\", \"body\": \"Hi\", \"company_id\": " + company
                        + ", \"visible_to_customer\": true}");
        String item = "/api/communication-logs/" + entry.path("id").asLong();
        assertEquals(204, crm.delete(item, ADMIN).status());
        assertEquals(404, crm.get(item, ADMIN).status());
        assertEquals(200, crm.post(item + "/restore", ADMIN, "").status());
        var replaced = crm.put(
                item, ADMIN, "{\"type\": \"note\", \"subject\": \"Replaced\", \"company_id\": " + company + "}");
        assertEquals(200, replaced.status(), replaced::toString);
        var data = replaced.json().path("data");
        assertEquals("note", data.path("type").asText());
        assertTrue(data.path("body").isNull(), "absent means empty");
        assertFalse(data.path("visible_to_customer").asBoolean());
        assertEquals(entry.path("occurred_at"), data.path("occurred_at"), "a PUT without a time keeps it");
    }

    /** A pipeline of this test's own (Lead, Proposal, Won, Lost): its id and its stages' ids by name. */
    private static Map<String, Long> pipeline() {
        var created = crm.post(
                "/api/pipelines",
                ADMIN,
                "{\"name\": \"" + unique("Sales") + "\", \"stages\": [{\"name\": \"Lead\", \"kind\": \"open\"},"
                        + " {\"name\": \"Proposal\", \"kind\": \"open\"}, {\"name\": \"Won\", \"kind\": \"won\"},"
                        + " {\"name\": \"Lost\", \"kind\": \"lost\"}]}");
        assertEquals(201, created.status(), created::toString);
        var ids = new HashMap<String, Long>();
        ids.put("pipeline", created.json().path("data").path("id").asLong());
        created.json()
                .path("data")
                .path("stages")
                .forEach(stage ->
                        ids.put(stage.path("name").asText(), stage.path("id").asLong()));
        return ids;
    }

    private static long deal(Map<String, Long> pipeline, long company) {
        var created = crm.post(
                "/api/deals",
                ADMIN,
                "{\"title\": \"" + unique("Rahmenvertrag") + "\", \"company_id\": " + company + ", \"pipeline_id\": "
                        + pipeline.get("pipeline") + "}");
        assertEquals(201, created.status(), created::toString);
        return created.json().path("data").path("id").asLong();
    }

    @Test
    void a_deal_link_also_links_the_deals_company_and_filters_the_list() {
        var pipeline = pipeline();
        long company = company();
        long other = company();
        long deal = deal(pipeline, company);
        var entry = log(ADMIN, "{\"type\": \"meeting\", \"deal_id\": " + deal + "}");
        assertEquals(deal, entry.path("deal_id").asLong());
        assertEquals(company, entry.path("company_id").asLong(), entry::toString);
        var named = log(ADMIN, "{\"type\": \"note\", \"deal_id\": " + deal + ", \"company_id\": " + other + "}");
        assertEquals(other, named.path("company_id").asLong(), "a company named is kept");
        assertEquals(
                List.of(named.path("id").asLong(), entry.path("id").asLong()),
                ids(crm.get("/api/communication-logs?deal_id=" + deal, ADMIN)));

        assertEquals(204, crm.delete("/api/deals/" + deal, ADMIN).status());
        var toDeleted = crm.post("/api/communication-logs", ADMIN, "{\"type\": \"note\", \"deal_id\": " + deal + "}");
        assertEquals(422, toDeleted.status(), toDeleted::toString);
        assertTrue(toDeleted.json().path("errors").has("deal_id"), toDeleted::toString);
    }

    @Test
    void the_timeline_holds_the_stage_changes_of_the_companys_deals_among_its_log_entries() {
        var pipeline = pipeline();
        long company = company();
        long deal = deal(pipeline, company);
        var before = log(
                ADMIN,
                "{\"type\": \"call\", \"occurred_at\": \"2020-01-01T00:00:00Z\", \"company_id\": " + company + "}");
        var moved = crm.post(
                "/api/deals/" + deal + "/move",
                ADMIN,
                "{\"stage_id\": " + pipeline.get("Proposal") + ", \"position\": 0}");
        assertEquals(200, moved.status(), moved::toString);
        var viaDeal = log(ADMIN, "{\"type\": \"email\", \"deal_id\": " + deal + ", \"company_id\": " + company() + "}");

        var timeline = crm.get("/api/companies/" + company + "/timeline", ADMIN);
        assertEquals(200, timeline.status(), timeline::toString);
        var kinds = new ArrayList<String>();
        timeline.json()
                .path("data")
                .forEach(entry -> kinds.add(entry.path("kind").asText()));
        // Newest first: the entry linked through the deal, the move to Proposal, the deal's first stage, the 2020 call.
        assertEquals(
                List.of("communication_log", "stage_change", "stage_change", "communication_log"),
                kinds,
                timeline::toString);
        var data = timeline.json().path("data");
        assertEquals(
                viaDeal.path("id").asLong(),
                data.get(0).path("communication_log").path("id").asLong());
        var move = data.get(1).path("stage_change");
        assertEquals(deal, move.path("deal_id").asLong());
        assertEquals("Lead", move.path("from_stage_name").asText());
        assertEquals("Proposal", move.path("to_stage_name").asText());
        assertEquals("u-admin", move.path("changed_by").asText());
        assertTrue(data.get(2).path("stage_change").path("from_stage_id").isNull(), data::toString);
        assertEquals(
                before.path("id").asLong(),
                data.get(3).path("communication_log").path("id").asLong());
        assertEquals(4, timeline.json().path("meta").path("total").asLong());

        // Who may not list deals sees the log entries only.
        var withoutDeals = crm.get("/api/companies/" + company + "/timeline", OWN_LOGS);
        assertEquals(200, withoutDeals.status(), withoutDeals::toString);
        withoutDeals
                .json()
                .path("data")
                .forEach(entry ->
                        assertEquals("communication_log", entry.path("kind").asText()));
    }
}
