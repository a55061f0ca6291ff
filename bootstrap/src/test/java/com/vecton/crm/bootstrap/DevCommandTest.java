package com.vecton.crm.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.vecton.crm.adapter.out.persistence.DatabaseSettings;
import com.vecton.crm.adapter.out.persistence.testing.TestDatabase;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@code crm.jar dev} as a newcomer meets it, on a database of its own ({@code DATABASE_URL}, so
 * no embedded Postgres): every area has sample data by the time the {@code curl} lines are printed,
 * the sample users are known before they ever call, and a restart loads nothing again.
 */
class DevCommandTest {
    private static final Duration START = Duration.ofSeconds(120);
    private static final String WELCOME_END = "Ctrl-C stops the server.";
    private static final String ADMIN = "dev-admin-token";
    private static final String READER = "dev-reader-token";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** A {@code dev} running in this JVM until {@link #close()}. */
    private final class RunningDev implements AutoCloseable {
        final String base;
        final String out;
        private final CountDownLatch stop;
        private final CompletableFuture<Integer> exit;

        RunningDev(DatabaseSettings database) throws Exception {
            var printed = new ByteArrayOutputStream();
            stop = new CountDownLatch(1);
            var env = Map.of(
                    "DATABASE_URL",
                    database.jdbcUrl(),
                    "DB_USER",
                    database.user(),
                    "DB_PASSWORD",
                    database.password(),
                    "PORT",
                    "0");
            exit = CompletableFuture.supplyAsync(() -> Commands.dev(
                    env,
                    new PrintStream(printed, true, StandardCharsets.UTF_8),
                    Path.of("target", "no-embedded-postgres"),
                    () -> {
                        try {
                            stop.await();
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                    }));
            long deadline = System.nanoTime() + START.toNanos();
            while (!printed.toString(StandardCharsets.UTF_8).contains(WELCOME_END)) {
                if (exit.isDone()) {
                    throw new AssertionError("dev ended early: " + exit.join() + "\n" + printed);
                }
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("dev printed no welcome within " + START + ":\n" + printed);
                }
                Thread.sleep(50);
            }
            out = printed.toString(StandardCharsets.UTF_8);
            var at = Pattern.compile(" at (http://127\\.0\\.0\\.1:\\d+)").matcher(out);
            assertTrue(at.find(), out);
            base = at.group(1);
        }

        JsonNode get(String path, String token) throws Exception {
            var response =
                    send(HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + token));
            assertEquals(200, response.statusCode(), () -> path + ": " + response.body());
            return JSON.readTree(response.body());
        }

        HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
            return http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        }

        long total(String path) throws Exception {
            return get(path, ADMIN).path("meta").path("total").asLong();
        }

        @Override
        public void close() throws Exception {
            stop.countDown();
            assertEquals(0, exit.get(60, TimeUnit.SECONDS));
        }
    }

    @Test
    void the_curl_lines_come_once_every_area_has_sample_data_made_through_the_use_cases() throws Exception {
        try (var dev = new RunningDev(TestDatabase.notYetCreated())) {
            // Asked at once after the welcome: the data was in before the lines were printed.
            assertEquals(SampleData.CONTACTS, dev.total("/api/contacts"));
            assertEquals(SampleData.COMPANIES, dev.total("/api/companies"));
            assertEquals(6, dev.total("/api/task-labels"));
            assertEquals(4, dev.total("/api/projects"));
            assertEquals(16, dev.total("/api/tasks"));
            assertEquals(4L * SampleWork.DAYS_OF_TIME, dev.total("/api/time-entries"));
            assertEquals(1, dev.total("/api/media"));
            assertEquals(4, dev.total("/api/document-folders"));
            assertEquals(1, dev.total("/api/documents"));
            assertEquals(
                    2, dev.get("/api/documents/1/versions", ADMIN).path("data").size());
            assertTrue(dev.total("/api/tasks?assignee_id=u-reader") >= 3, "some tasks are the reader's");
            assertTrue(dev.total("/api/tasks?assignee_id=u-admin") >= 3, "some tasks are the admin's");
            int labelled = 0;
            for (var task : dev.get("/api/tasks?per_page=100", ADMIN).path("data")) {
                labelled += task.path("label_ids").isEmpty() ? 0 : 1;
            }
            assertTrue(labelled >= 3, "tasks carry labels");
            for (var project : dev.get("/api/projects", ADMIN).path("data")) {
                assertTrue(
                        dev.total("/api/projects/" + project.path("id").asLong() + "/members") >= 1,
                        () -> "members of " + project);
            }

            var board = dev.get("/api/projects/1/board", READER).path("data").path("columns");
            for (String column : List.of("todo", "in_progress", "review", "done")) {
                assertTrue(board.path(column).size() >= 1, () -> column + " of " + board);
            }
            var readersTime = dev.get("/api/time-entries", READER);
            assertEquals(
                    2L * SampleWork.DAYS_OF_TIME,
                    readersTime.path("meta").path("total").asLong(),
                    "u-reader's own");
            assertTrue(readersTime.path("meta").path("totals").path("minutes").asLong() > 0, readersTime::toString);

            for (String subject : List.of("company", "contact", "task_label", "project", "task", "time_entry")) {
                assertTrue(dev.total("/api/activity-logs?subject_type=" + subject) > 0, "audit rows of " + subject);
            }
            // Four projects created and seven members added, each audited on its project.
            assertEquals(4 + 7, dev.total("/api/activity-logs?subject_type=project"));
            assertTrue(dev.out.contains("/api/projects/1/board"), dev.out);
            assertTrue(dev.out.contains("/api/time-entries"), dev.out);
        }
    }

    @Test
    void the_sample_tenant_has_one_default_pipeline_with_its_six_stages() throws Exception {
        try (var dev = new RunningDev(TestDatabase.notYetCreated())) {
            var pipelines = dev.get("/api/pipelines", READER);
            assertEquals(1, pipelines.path("meta").path("total").asLong(), pipelines::toString);
            var pipeline = pipelines.path("data").get(0);
            assertTrue(pipeline.path("is_default").asBoolean(), pipeline::toString);
            assertEquals("EUR", pipeline.path("currency").asText());
            var names = new ArrayList<String>();
            var kinds = new ArrayList<String>();
            pipeline.path("stages").forEach(stage -> {
                names.add(stage.path("name").asText());
                kinds.add(stage.path("kind").asText());
            });
            assertEquals(List.of("Lead", "Qualified", "Proposal", "Negotiation", "Won", "Lost"), names);
            assertEquals(List.of("open", "open", "open", "open", "won", "lost"), kinds);
            assertEquals(1, dev.total("/api/activity-logs?subject_type=pipeline"), "created through the use case");
            assertTrue(dev.out.contains("/api/pipelines"), dev.out);

            long pipelineId = pipeline.path("id").asLong();
            assertEquals(SampleDeals.DEALS, dev.total("/api/deals?pipeline_id=" + pipelineId));
            assertEquals(2, dev.total("/api/deals?status=won"));
            assertEquals(1, dev.total("/api/deals?status=lost"));
            var deals = dev.get("/api/deals?per_page=100", READER).path("data");
            for (var deal : deals) {
                var history = dev.get("/api/deals/" + deal.path("id").asLong() + "/stage-history", READER)
                        .path("data");
                assertTrue(history.size() >= 1, deal::toString);
                assertEquals(
                        deal.path("stage_id").asLong(),
                        history.get(history.size() - 1).path("to_stage_id").asLong());
            }
            var board =
                    dev.get("/api/pipelines/" + pipelineId + "/board", READER).path("data");
            assertEquals(6, board.path("stages").size(), board::toString);
            assertTrue(dev.total("/api/activity-logs?subject_type=deal") >= SampleDeals.DEALS);
            assertTrue(dev.out.contains("/api/pipelines/" + pipelineId + "/board"), dev.out);
        }
    }

    @Test
    void the_sample_users_are_known_before_they_ever_call_so_a_task_can_be_assigned_to_the_reader() throws Exception {
        var database = TestDatabase.notYetCreated();
        try (var dev = new RunningDev(database)) {
            assertEquals(Set.of("u-admin", "u-reader", "sa-sync", "u-customer"), tenantUsers(database));
            var todo = dev.get("/api/tasks?project_id=4&per_page=1", ADMIN)
                    .path("data")
                    .get(0);
            assertTrue(!todo.path("assignee_ids").toString().contains("u-reader"), todo::toString);

            var assigned = dev.send(HttpRequest.newBuilder(URI.create(
                            dev.base + "/api/tasks/" + todo.path("id").asLong()))
                    .header("Authorization", "Bearer " + ADMIN)
                    .header("Content-Type", "application/json")
                    .method("PATCH", HttpRequest.BodyPublishers.ofString("{\"assignee_ids\": [\"u-reader\"]}")));
            assertEquals(200, assigned.statusCode(), assigned::body);
            assertEquals(
                    "[\"u-reader\"]",
                    JSON.readTree(assigned.body())
                            .path("data")
                            .path("assignee_ids")
                            .toString());

            var member = dev.send(HttpRequest.newBuilder(URI.create(dev.base + "/api/projects/4/members"))
                    .header("Authorization", "Bearer " + ADMIN)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"user_id\": \"u-reader\"}")));
            assertEquals(201, member.statusCode(), member::body);
        }
    }

    @Test
    void the_sample_customer_sees_the_shared_logs_of_its_company_in_the_portal() throws Exception {
        try (var dev = new RunningDev(TestDatabase.notYetCreated())) {
            assertEquals(30, dev.total("/api/communication-logs"), "five logs with each of six contacts");
            assertEquals(1, dev.total("/api/portal-accounts"));
            String customer = SampleComms.CUSTOMER_TOKEN;
            var company = dev.get("/api/portal/company", customer).path("data");
            var shared = dev.get("/api/portal/communication-logs", customer);
            assertTrue(shared.path("meta").path("total").asLong() >= 3, shared::toString);
            var staffView = dev.get(
                    "/api/communication-logs?per_page=100&company_id="
                            + company.path("id").asLong(),
                    ADMIN);
            long sharedByStaff = 0;
            for (var log : staffView.path("data")) {
                sharedByStaff += log.path("visible_to_customer").asBoolean() ? 1 : 0;
            }
            assertTrue(sharedByStaff <= shared.path("meta").path("total").asLong(), staffView::toString);
            assertTrue(dev.out.contains("/api/portal/communication-logs"), dev.out);
            assertTrue(dev.out.contains(customer), dev.out);
        }
    }

    @Test
    void a_restart_loads_nothing_again() throws Exception {
        var database = TestDatabase.notYetCreated();
        Map<String, Long> first;
        try (var dev = new RunningDev(database)) {
            first = totals(dev);
        }
        try (var dev = new RunningDev(database)) {
            assertEquals(first, totals(dev));
        }
    }

    private static Map<String, Long> totals(RunningDev dev) throws Exception {
        return Map.of(
                "contacts",
                dev.total("/api/contacts"),
                "companies",
                dev.total("/api/companies"),
                "labels",
                dev.total("/api/task-labels"),
                "projects",
                dev.total("/api/projects"),
                "tasks",
                dev.total("/api/tasks"),
                "time",
                dev.total("/api/time-entries"),
                "pipelines",
                dev.total("/api/pipelines"),
                "communication logs",
                dev.total("/api/communication-logs"),
                "deals",
                dev.total("/api/deals"),
                "activity",
                dev.total("/api/activity-logs"));
    }

    private static Set<String> tenantUsers(DatabaseSettings database) throws Exception {
        try (var connection = DriverManager.getConnection(database.jdbcUrl(), database.user(), database.password());
                var rows = connection.createStatement().executeQuery("SELECT id FROM tenant_users")) {
            var ids = new HashSet<String>();
            while (rows.next()) {
                ids.add(rows.getString(1));
            }
            return ids;
        }
    }
}
