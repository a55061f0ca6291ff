package com.vecton.crm.adapter.out.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class DatabaseSettingsTest {

    @Test
    void a_postgres_url_with_a_database_is_accepted() {
        var settings = new DatabaseSettings(
                "jdbc:postgresql://db.internal:5433/crm_acme?sslmode=require", "crm", "secret", 16);

        assertEquals("crm_acme", settings.databaseName());
    }

    @Test
    void another_database_on_the_same_server_keeps_host_and_parameters() {
        var settings = new DatabaseSettings("jdbc:postgresql://h1:5432,h2:5432/crm?sslmode=require", "crm", "", 4);

        var maintenance = settings.withDatabase("postgres");

        assertEquals("jdbc:postgresql://h1:5432,h2:5432/postgres?sslmode=require", maintenance.jdbcUrl());
        assertEquals(4, maintenance.poolSize());
    }

    @Test
    void urls_that_are_not_postgres_or_name_no_database_are_refused() {
        for (String url : new String[] {
            "jdbc:mysql://h/crm",
            "jdbc:postgresql://h:5432/",
            "jdbc:postgresql://h:5432",
            "postgres://h/crm",
            "jdbc:postgresql://h/crm;drop",
            ""
        }) {
            var refused = assertThrows(IllegalArgumentException.class, () -> new DatabaseSettings(url, "u", "", 1));
            assertTrue(refused.getMessage().contains("database"), refused.getMessage());
        }
    }

    @Test
    void a_pool_needs_at_least_one_connection_and_a_user() {
        var url = "jdbc:postgresql://h/crm";

        assertThrows(IllegalArgumentException.class, () -> new DatabaseSettings(url, "u", "", 0));
        assertThrows(IllegalArgumentException.class, () -> new DatabaseSettings(url, " ", "", 1));
        assertEquals("", new DatabaseSettings(url, "u", null, 1).password());
    }

    @Test
    void the_password_never_shows_in_text() {
        var settings = new DatabaseSettings("jdbc:postgresql://h/crm?password=hunter2", "u", "hunter2", 1);

        assertFalse(settings.toString().contains("hunter2"), settings.toString());
    }

    @Test
    void a_request_waits_2_s_for_a_connection_and_15_s_for_a_statement_unless_told_otherwise() {
        var settings = new DatabaseSettings("jdbc:postgresql://h/crm", "u", "", 4);

        assertEquals(Duration.ofSeconds(2), settings.connectTimeout());
        assertEquals(Duration.ofSeconds(15), settings.statementTimeout());
    }

    @Test
    void another_database_or_pool_size_keeps_the_timeouts() {
        var settings = new DatabaseSettings("jdbc:postgresql://h/crm", "u", "", 4)
                .withTimeouts(Duration.ofMillis(750), Duration.ofSeconds(3));

        var other = settings.withDatabase("postgres").withPoolSize(2);

        assertEquals(Duration.ofMillis(750), other.connectTimeout());
        assertEquals(Duration.ofSeconds(3), other.statementTimeout());
    }

    @Test
    void timeouts_outside_what_the_pool_and_a_request_can_live_with_are_refused() {
        var settings = new DatabaseSettings("jdbc:postgresql://h/crm", "u", "", 4);
        var ok = Duration.ofSeconds(1);

        for (var bad : new Duration[] {null, Duration.ZERO, Duration.ofMillis(249), Duration.ofSeconds(61)}) {
            assertThrows(IllegalArgumentException.class, () -> settings.withTimeouts(bad, ok), String.valueOf(bad));
        }
        for (var bad : new Duration[] {null, Duration.ZERO, Duration.ofMillis(99), Duration.ofMinutes(11)}) {
            assertThrows(IllegalArgumentException.class, () -> settings.withTimeouts(ok, bad), String.valueOf(bad));
        }
    }
}
