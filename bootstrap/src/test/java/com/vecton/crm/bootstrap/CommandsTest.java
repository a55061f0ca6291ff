package com.vecton.crm.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.vecton.crm.adapter.out.persistence.testing.TestDatabase;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The crm.jar commands as an operator runs them: output, exit codes, one-line config errors. */
class CommandsTest {

    private record Run(int code, String out, String err) {}

    private static Run run(Map<String, String> env, String... args) {
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        int code = Main.run(
                args,
                env,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static Map<String, String> serveEnv() {
        var env = new HashMap<String, String>();
        env.put("TENANT_ID", "t-acme");
        env.put("TENANT_NAME", "acme");
        env.put("IDENTITY_URL", "http://127.0.0.1:1");
        return env;
    }

    @Test
    void list_permissions_prints_every_route_permission_sorted_and_unique() throws Exception {
        var json = run(Map.of(), "list-permissions", "--json");
        assertEquals(0, json.code(), json.err());
        var names = new ArrayList<String>();
        new ObjectMapper().readTree(json.out()).path("permissions").forEach(n -> names.add(n.asText()));
        var expected = new ArrayList<String>();
        for (String type : List.of(
                "communication_logs",
                "companies",
                "contacts",
                "deals",
                "pipelines",
                "projects",
                "tasks",
                "document_folders",
                "documents")) {
            for (String verb : List.of("create", "delete", "list", "restore", "update", "view")) {
                expected.add(type + "." + verb);
            }
        }
        expected.add("activity_logs.list");
        for (String verb : List.of("delete", "list", "upload")) {
            expected.add("media." + verb);
        }
        for (String verb : List.of("create", "delete", "list", "update")) {
            expected.add("task_labels." + verb);
        }
        // manage is checked by the handlers, not by a route, and listed all the same so identity can grant it.
        for (String verb : List.of("create", "delete", "export", "list", "manage", "restore", "update")) {
            expected.add("time_entries." + verb);
        }
        for (String verb : List.of("delete", "list", "manage")) {
            expected.add("portal_accounts." + verb);
        }
        expected.add("portal.access");
        // People and service levels (issue 12); leaves.manage is also checked by the handlers.
        for (String verb : List.of("create", "list", "manage", "review")) {
            expected.add("leaves." + verb);
        }
        for (String verb : List.of("create", "delete", "list", "update")) {
            expected.add("shifts." + verb);
        }
        for (String verb : List.of("create", "delete", "list")) {
            expected.add("shift_assignments." + verb);
        }
        for (String verb : List.of("create", "list", "update")) {
            expected.add("sla." + verb);
        }
        // The command prints permissions in string order; the expectation is built by area.
        expected.sort(null);
        assertEquals(expected, names);
    }

    @Test
    void list_permissions_qualifies_with_the_tenant_name_or_the_seeder_wildcard() {
        var named = run(Map.of("TENANT_NAME", "acme"), "list-permissions", "--fqn");
        assertEquals(0, named.code());
        assertTrue(named.out().lines().allMatch(l -> l.startsWith("tenant.acme.crm.")), named.out());
        var wildcard = run(Map.of(), "list-permissions", "--fqn");
        assertTrue(wildcard.out().lines().anyMatch(l -> l.equals("tenant.*.crm.contacts.list")), wildcard.out());
    }

    @Test
    void list_permissions_refuses_unknown_options() {
        assertEquals(2, run(Map.of(), "list-permissions", "--xml").code());
    }

    @Test
    void serve_without_tenant_id_stops_with_one_line_and_exit_2() {
        var env = serveEnv();
        env.remove("TENANT_ID");
        var result = run(env, "serve");
        assertEquals(2, result.code());
        assertEquals(1, result.err().lines().count(), result.err());
        assertTrue(result.err().contains("TENANT_ID"), result.err());
    }

    @Test
    void malformed_settings_name_the_variable() {
        for (var bad : List.of(
                Map.entry("DATABASE_URL", "mysql://nope"),
                Map.entry("PORT", "eighty"),
                Map.entry("DB_MIGRATE", "maybe"),
                Map.entry("IDENTITY_URL", "not a url"),
                Map.entry("LEGACY_TOKEN_CUTOFF", "yesterday"),
                Map.entry("TENANT_NAME", "a.b"),
                Map.entry("DB_CONNECT_TIMEOUT_MS", "100"),
                Map.entry("DB_CONNECT_TIMEOUT_MS", "2s"),
                Map.entry("DB_STATEMENT_TIMEOUT_MS", "0"),
                Map.entry("DB_STATEMENT_TIMEOUT_MS", "forever"),
                Map.entry("FILES_STORE", "ftp"),
                Map.entry("MEDIA_MAX_BYTES", "0"),
                Map.entry("MEDIA_MAX_PIXELS", "lots"),
                Map.entry("DOCUMENT_CHAIN_LIMIT_BYTES", "-5"))) {
            var env = serveEnv();
            env.put(bad.getKey(), bad.getValue());
            var result = run(env, "serve");
            assertEquals(2, result.code(), bad.toString());
            assertEquals(1, result.err().lines().count(), result.err());
            assertTrue(result.err().contains(bad.getKey()), result.err());
        }
    }

    @Test
    void the_s3_store_needs_its_bucket_and_both_keys_or_neither() {
        var env = serveEnv();
        env.put("FILES_STORE", "s3");
        var noBucket = run(env, "serve");
        assertEquals(2, noBucket.code());
        assertTrue(noBucket.err().contains("S3_BUCKET"), noBucket.err());
        env.put("S3_BUCKET", "crm");
        env.put("S3_ACCESS_KEY_ID", "key");
        var halfKeys = run(env, "serve");
        assertEquals(2, halfKeys.code());
        assertTrue(halfKeys.err().contains("S3_SECRET_ACCESS_KEY"), halfKeys.err());
    }

    @Test
    void serve_needs_an_identity() {
        var env = serveEnv();
        env.remove("IDENTITY_URL");
        var result = run(env, "serve");
        assertEquals(2, result.code());
        assertTrue(result.err().contains("IDENTITY_URL"), result.err());
    }

    @Test
    void the_event_worker_needs_a_tenant_and_a_broker_but_no_identity() {
        var env = new HashMap<String, String>();
        env.put("TENANT_ID", "t-acme");
        var noBroker = run(env, "consume-identity-events");
        assertEquals(2, noBroker.code());
        assertEquals(
                "crm: AMQP_URL: is required to consume events", noBroker.err().strip());

        env.put("AMQP_URL", "http://127.0.0.1:5672");
        var notAmqp = run(env, "consume-identity-events");
        assertEquals(2, notAmqp.code());
        assertTrue(notAmqp.err().startsWith("crm: AMQP_URL"), notAmqp.err());

        env.put("AMQP_URL", "amqp://127.0.0.1:5672");
        env.remove("TENANT_ID");
        var noTenant = run(env, "consume-identity-events");
        assertEquals(2, noTenant.code());
        assertTrue(noTenant.err().startsWith("crm: TENANT_ID"), noTenant.err());
    }

    @Test
    void an_unreachable_database_stops_start_up_with_exit_2() {
        var env = serveEnv();
        env.put("DATABASE_URL", "jdbc:postgresql://127.0.0.1:1/crm");
        var result = run(env, "serve");
        assertEquals(2, result.code(), result.err());
        assertTrue(result.err().startsWith("crm: DATABASE_URL"), result.err());
        assertEquals(1, result.err().lines().count(), result.err());
    }

    @Test
    void serve_on_a_port_another_process_holds_says_so_in_one_line_and_exits_2() throws Exception {
        var database = TestDatabase.fresh();
        try (var taken = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"))) {
            var env = serveEnv();
            env.put("HOST", "127.0.0.1");
            env.put("PORT", Integer.toString(taken.getLocalPort()));
            env.put("DATABASE_URL", database.jdbcUrl());
            env.put("DB_USER", database.user());
            env.put("DB_PASSWORD", database.password());

            var result = run(env, "serve");

            assertEquals(2, result.code(), result.err());
            assertEquals(
                    List.of("crm: PORT: 127.0.0.1:" + taken.getLocalPort() + " is already in use by another process;"
                            + " stop that process, or set PORT to a free port (PORT=" + (taken.getLocalPort() + 1)
                            + ", say; PORT=0 picks one)"),
                    result.err().lines().toList());
        }
    }

    @Test
    void serve_on_an_address_of_another_machine_names_host_and_exits_2() throws Exception {
        var database = TestDatabase.fresh();
        var env = serveEnv();
        // TEST-NET-3 (RFC 5737): never an address of this machine.
        env.put("HOST", "203.0.113.7");
        env.put("PORT", "0");
        env.put("DATABASE_URL", database.jdbcUrl());
        env.put("DB_USER", database.user());
        env.put("DB_PASSWORD", database.password());

        var result = run(env, "serve");

        assertEquals(2, result.code(), result.err());
        assertEquals(1, result.err().lines().count(), result.err());
        assertTrue(result.err().startsWith("crm: HOST: cannot listen on 203.0.113.7:0"), result.err());
    }

    @Test
    void migrate_creates_the_schema_and_is_idempotent() throws Exception {
        var database = TestDatabase.empty();
        var env = Map.of(
                "DATABASE_URL", database.jdbcUrl(), "DB_USER", database.user(), "DB_PASSWORD", database.password());
        assertEquals(0, run(env, "migrate").code());
        assertEquals(0, run(env, "migrate").code());
        try (var connection = DriverManager.getConnection(database.jdbcUrl(), database.user(), database.password());
                var rows = connection
                        .createStatement()
                        .executeQuery(
                                "SELECT count(*) FROM information_schema.tables WHERE table_name IN ('contacts', 'companies', 'activity_log', 'tenant_users')")) {
            rows.next();
            assertEquals(4, rows.getInt(1));
        }
    }

    @Test
    void an_unknown_command_is_a_usage_error() {
        assertEquals(2, run(Map.of(), "frobnicate").code());
        assertEquals(2, run(Map.of()).code());
    }
}
