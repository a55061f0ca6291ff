package com.vecton.crm.domain.access;

import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;

/** Test data builder for {@link Caller}: an ordinary user with no tenant until told otherwise. */
public final class CallerBuilder {
    private String id = "u-1001";
    private String name = "Ödön Árvai";
    private String email = "odon@acme.test";
    private boolean systemAdmin;
    private final Set<String> tenantIds = new LinkedHashSet<>();
    private TokenType tokenType = TokenType.USER;
    private Scopes scopes = Scopes.unrestricted();
    private String impersonatorId;
    private Instant expiresAt;

    private CallerBuilder() {}

    public static CallerBuilder aCaller() {
        return new CallerBuilder();
    }

    public CallerBuilder withId(String id) {
        this.id = id;
        return this;
    }

    public CallerBuilder named(String name) {
        this.name = name;
        return this;
    }

    public CallerBuilder withEmail(String email) {
        this.email = email;
        return this;
    }

    public CallerBuilder withoutEmail() {
        return withEmail(null);
    }

    public CallerBuilder memberOf(String... tenantIds) {
        this.tenantIds.addAll(Arrays.asList(tenantIds));
        return this;
    }

    public CallerBuilder systemAdmin() {
        this.systemAdmin = true;
        return this;
    }

    /** A service-account token restricted to these scope patterns ({@code []} when none given). */
    public CallerBuilder serviceAccountScopedTo(String... scopePatterns) {
        this.tokenType = TokenType.SERVICE_ACCOUNT;
        this.scopes = Scopes.only(
                Arrays.stream(scopePatterns).map(PermissionPattern::new).toList());
        return this;
    }

    /** A service-account token whose {@code scopes} was {@code null}: no restriction. */
    public CallerBuilder serviceAccountWithoutScopes() {
        this.tokenType = TokenType.SERVICE_ACCOUNT;
        this.scopes = Scopes.unrestricted();
        return this;
    }

    public CallerBuilder withScopes(Scopes scopes) {
        this.scopes = scopes;
        return this;
    }

    public CallerBuilder impersonatedBy(String administratorId) {
        this.impersonatorId = administratorId;
        return this;
    }

    public CallerBuilder expiringAt(Instant expiresAt) {
        this.expiresAt = expiresAt;
        return this;
    }

    public Caller build() {
        return new Caller(
                new UserId(id),
                name,
                email,
                "hu",
                "Europe/Budapest",
                systemAdmin,
                Set.copyOf(tenantIds),
                tokenType,
                scopes,
                impersonatorId == null ? null : new UserId(impersonatorId),
                expiresAt,
                false);
    }
}
