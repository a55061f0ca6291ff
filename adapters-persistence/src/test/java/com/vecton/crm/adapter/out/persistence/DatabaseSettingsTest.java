package com.vecton.crm.adapter.out.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DatabaseSettingsTest {

    @Test
    void a_postgres_url_with_a_database_is_accepted() {
        var settings = new DatabaseSettings("jdbc:postgresql://db.internal:5433/crm_acme?sslmode=require", "crm",
                "secret", 16);

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
        for (String url : new String[] {"jdbc:mysql://h/crm", "jdbc:postgresql://h:5432/", "jdbc:postgresql://h:5432",
                "postgres://h/crm", "jdbc:postgresql://h/crm;drop", ""}) {
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
}
