package com.vecton.crm.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** How the environment becomes the settings the adapters are built with. */
class CrmConfigTest {

    private static Map<String, String> serveEnv() {
        var env = new HashMap<String, String>();
        env.put("TENANT_ID", "t-acme");
        env.put("TENANT_NAME", "acme");
        env.put("IDENTITY_URL", "http://127.0.0.1:1");
        return env;
    }

    @Test
    void a_request_waits_2_s_for_a_connection_and_15_s_for_a_statement_by_default() {
        var database = CrmApplication.databaseSettings(CrmConfig.forServe(serveEnv()));

        assertEquals(Duration.ofSeconds(2), database.connectTimeout());
        assertEquals(Duration.ofSeconds(15), database.statementTimeout());
    }

    @Test
    void the_breach_job_runs_every_30_s_unless_sla_breach_interval_ms_says_otherwise() {
        assertEquals(Duration.ofSeconds(30), CrmConfig.forServe(serveEnv()).slaBreachInterval());
        var env = serveEnv();
        env.put("SLA_BREACH_INTERVAL_MS", "5000");
        assertEquals(Duration.ofSeconds(5), CrmConfig.forServe(env).slaBreachInterval());
        env.put("SLA_BREACH_INTERVAL_MS", "10");
        var refused = assertThrows(ConfigException.class, () -> CrmConfig.forServe(env));
        assertTrue(refused.getMessage().contains("SLA_BREACH_INTERVAL_MS"), refused::getMessage);
    }

    @Test
    void the_database_timeouts_are_read_in_milliseconds() {
        var env = serveEnv();
        env.put("DB_CONNECT_TIMEOUT_MS", "750");
        env.put("DB_STATEMENT_TIMEOUT_MS", "30000");

        var database = CrmApplication.databaseSettings(CrmConfig.forServe(env));

        assertEquals(Duration.ofMillis(750), database.connectTimeout());
        assertEquals(Duration.ofSeconds(30), database.statementTimeout());
    }

    @Test
    void a_timeout_out_of_range_names_the_variable_and_the_range() {
        var env = serveEnv();
        env.put("DB_CONNECT_TIMEOUT_MS", "100");

        var refused = assertThrows(ConfigException.class, () -> CrmConfig.forServe(env));

        assertEquals("DB_CONNECT_TIMEOUT_MS: must be between 250 and 60000, was 100", refused.getMessage());
    }
}
