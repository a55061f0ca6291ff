package com.vecton.crm.adapter.out.persistence.user;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vecton.crm.adapter.out.persistence.Persistence;
import com.vecton.crm.adapter.out.persistence.testing.TestDatabase;
import com.vecton.crm.application.port.out.TenantUsers;
import com.vecton.crm.domain.access.Caller;
import com.vecton.crm.domain.access.Scopes;
import com.vecton.crm.domain.access.TokenType;
import com.vecton.crm.domain.access.UserId;
import java.util.ArrayList;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class JdbiTenantUsersTest {
    private static Persistence db;
    private static Jdbi sql;

    @BeforeAll
    static void connect() {
        db = Persistence.connect(TestDatabase.fresh());
        sql = Jdbi.create(db.dataSource());
    }

    @AfterAll
    static void close() {
        db.close();
    }

    @BeforeEach
    void emptyTables() {
        TestDatabase.clean(db.dataSource());
    }

    @Test
    void a_new_caller_gets_an_active_mirror_row() {
        db.tenantUsers().ensureMirrored(caller("u-1001", "Ödön Árvai"));

        var row = sql.withHandle(
                h -> h.createQuery("SELECT * FROM tenant_users").mapToMap().one());
        assertEquals("u-1001", row.get("id"));
        assertEquals("Ödön Árvai", row.get("name"));
        assertEquals("odon@acme.test", row.get("email"));
        assertEquals("hu", row.get("locale"));
        assertEquals("Europe/Budapest", row.get("timezone"));
        assertEquals(true, row.get("is_active"));
    }

    @Test
    void an_existing_mirror_is_never_overwritten() {
        db.tenantUsers().ensureMirrored(caller("u-1001", "Ödön Árvai"));

        db.tenantUsers().ensureMirrored(caller("u-1001", "Someone Else"));

        assertEquals(
                "Ödön Árvai",
                sql.withHandle(h -> h.createQuery("SELECT name FROM tenant_users")
                        .mapTo(String.class)
                        .one()));
    }

    @Test
    void ten_concurrent_first_calls_make_one_row() throws Exception {
        var pool = Executors.newFixedThreadPool(10);
        try {
            var start = new CountDownLatch(1);
            var calls = new ArrayList<Future<?>>();
            for (int i = 0; i < 10; i++) {
                calls.add(pool.submit(() -> {
                    start.await();
                    db.tenantUsers().ensureMirrored(caller("u-2002", "Racer"));
                    return null;
                }));
            }
            start.countDown();
            for (var call : calls) {
                call.get(10, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdown();
            assertTrue(pool.awaitTermination(10, TimeUnit.SECONDS));
        }

        assertEquals(
                Map.of("id", "u-2002", "n", 1L),
                sql.withHandle(h -> h.createQuery("SELECT id, count(*) OVER () AS n FROM tenant_users")
                        .mapToMap()
                        .one()));
    }

    @Test
    void a_mirrored_user_is_active_until_deactivated_and_an_unknown_one_is_not() {
        db.tenantUsers().ensureMirrored(caller("u-1001", "Ödön Árvai"));
        assertTrue(db.tenantUsers().isActive(new UserId("u-1001")));
        assertFalse(db.tenantUsers().isActive(new UserId("u-unknown")));

        sql.useHandle(h -> h.execute("UPDATE tenant_users SET is_active = false WHERE id = 'u-1001'"));

        assertFalse(db.tenantUsers().isActive(new UserId("u-1001")));
    }

    @Test
    void deactivating_changes_an_active_user_once_and_an_unknown_one_never() {
        db.tenantUsers().ensureMirrored(caller("u-1001", "Ödön Árvai"));

        assertTrue(db.tenantUsers().deactivate(new UserId("u-1001")));
        assertFalse(db.tenantUsers().isActive(new UserId("u-1001")));
        assertFalse(db.tenantUsers().deactivate(new UserId("u-1001")), "already inactive");
        assertFalse(db.tenantUsers().deactivate(new UserId("u-unknown")));
        assertEquals(1L, countUsers());
    }

    @Test
    void mirroring_a_profile_overwrites_the_four_fields_and_answers_the_old_ones() {
        db.tenantUsers().ensureMirrored(caller("u-1001", "Ödön Árvai"));

        var before = db.tenantUsers()
                .mirrorProfile(
                        new UserId("u-1001"),
                        new TenantUsers.UserProfile("Ödön Kiss", "kiss@acme.test", null, "Europe/Vienna"));

        assertEquals(
                Optional.of(new TenantUsers.UserProfile("Ödön Árvai", "odon@acme.test", "hu", "Europe/Budapest")),
                before);
        var row = sql.withHandle(h -> h.createQuery("SELECT name, email, locale, timezone, is_active FROM tenant_users")
                .mapToMap()
                .one());
        assertEquals("Ödön Kiss", row.get("name"));
        assertEquals("kiss@acme.test", row.get("email"));
        assertNull(row.get("locale"));
        assertEquals("Europe/Vienna", row.get("timezone"));
        assertEquals(true, row.get("is_active"), "mirroring never (re)activates");
    }

    @Test
    void mirroring_an_unknown_user_creates_nothing() {
        var before = db.tenantUsers()
                .mirrorProfile(
                        new UserId("u-unknown"), new TenantUsers.UserProfile("Someone", "s@acme.test", "en", "UTC"));

        assertEquals(Optional.empty(), before);
        assertEquals(0L, countUsers());
    }

    private static long countUsers() {
        return sql.withHandle(h -> h.createQuery("SELECT count(*) FROM tenant_users")
                .mapTo(Long.class)
                .one());
    }

    private static Caller caller(String id, String name) {
        return new Caller(
                new UserId(id),
                name,
                "odon@acme.test",
                "hu",
                "Europe/Budapest",
                false,
                Set.of("t-acme"),
                TokenType.USER,
                Scopes.unrestricted(),
                null,
                null,
                false);
    }
}
