package com.vecton.crm.adapter.out.identity.testing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the {@code /api/user} body of identity.md section 1 for {@link FakeIdentityServer}:
 * the current shape by default, every odd variant on request. Mutable builder; {@link #toJson()}
 * returns a copy.
 */
public final class FakeUser {
    private final LinkedHashMap<String, Object> json = new LinkedHashMap<>();
    private final List<Map<String, Object>> tenants = new ArrayList<>();

    private FakeUser(Object id) {
        json.put("id", id);
        json.put("name", "User " + id);
        json.put("email", id + "@acme.test");
        json.put("locale", "en");
        json.put("timezone", "UTC");
        json.put("is_system_admin", false);
        json.put("tenants", tenants);
        json.put("token_type", "user");
        json.put("scopes", null);
        json.put("impersonator_id", null);
    }

    /** A plain user with this id (a String, or a Number to send the id as a JSON number), member of nothing. */
    public static FakeUser withId(Object id) {
        return new FakeUser(id);
    }

    public FakeUser named(String name) {
        json.put("name", name);
        return this;
    }

    public FakeUser email(String email) {
        json.put("email", email);
        return this;
    }

    public FakeUser locale(String locale) {
        json.put("locale", locale);
        return this;
    }

    public FakeUser timezone(String timezone) {
        json.put("timezone", timezone);
        return this;
    }

    public FakeUser systemAdmin() {
        json.put("is_system_admin", true);
        return this;
    }

    /** Adds a membership {@code {"id": tenantId, "name": tenantName}} (current shape). */
    public FakeUser memberOf(String tenantId, String tenantName) {
        var tenant = new LinkedHashMap<String, Object>();
        tenant.put("id", tenantId);
        tenant.put("name", tenantName);
        tenants.add(tenant);
        json.put("tenants", tenants);
        json.remove("tenant_id");
        return this;
    }

    /** The legacy shape: no {@code tenants} key, a single {@code tenant_id}. */
    public FakeUser legacyShape(String tenantId) {
        json.remove("tenants");
        json.put("tenant_id", tenantId);
        return this;
    }

    public FakeUser serviceAccount(String... scopes) {
        json.put("token_type", "service_account");
        json.put("scopes", new ArrayList<>(Arrays.asList(scopes)));
        return this;
    }

    /** Any {@code token_type} text, or {@code null} to drop the key (which means "user"). */
    public FakeUser tokenType(String tokenType) {
        putOrRemove("token_type", tokenType);
        return this;
    }

    /** A scope list ({@code List.of()} is "nothing in scope"), or {@code null} for {@code "scopes": null}. */
    public FakeUser scopes(List<String> scopes) {
        json.put("scopes", scopes == null ? null : new ArrayList<>(scopes));
        return this;
    }

    public FakeUser expiresAt(Instant expiresAt) {
        json.put("expires_at", expiresAt.toString());
        return this;
    }

    public FakeUser impersonatedBy(String administratorId) {
        json.put("impersonator_id", administratorId);
        return this;
    }

    /** Sets any key to any JSON-able value (wrong types included), for odd-variant tests. */
    public FakeUser with(String key, Object value) {
        json.put(key, value);
        return this;
    }

    /** Drops a key entirely. */
    public FakeUser without(String key) {
        json.remove(key);
        return this;
    }

    private void putOrRemove(String key, Object value) {
        if (value == null) {
            json.remove(key);
        } else {
            json.put(key, value);
        }
    }

    public Object id() {
        return json.get("id");
    }

    /** The body as JDK types, ready to be sent or written into an identity file. */
    public Map<String, Object> toJson() {
        var copy = new LinkedHashMap<>(json);
        if (copy.get("tenants") instanceof List<?> list) {
            copy.put("tenants", new ArrayList<>(list));
        }
        return copy;
    }
}
