package com.vecton.crm.adapter.out.identity.testing;

import java.util.List;
import java.util.Map;

/**
 * The usual cast of callers for tests against {@link FakeIdentityServer}, in tenant
 * {@value #TENANT_ID} (name {@value #TENANT_NAME}, service {@value #SERVICE_NAME}):
 * a system administrator, a member with policies, a member with no policies, a non-member,
 * and a service account with scopes. {@link #installOn(FakeIdentityServer)} registers them all.
 */
public final class TestTokens {
    public static final String TENANT_ID = "t-acme";
    public static final String TENANT_NAME = "acme";
    public static final String SERVICE_NAME = "crm";
    public static final String OTHER_TENANT_ID = "t-globex";

    public static final String ADMIN = "tok-admin";
    public static final String MEMBER = "tok-member";
    public static final String MEMBER_WITHOUT_POLICIES = "tok-member-no-policies";
    public static final String NON_MEMBER = "tok-outsider";
    public static final String SERVICE_ACCOUNT = "tok-service";

    /** The prefix of every permission FQN in this tenant: {@code tenant.acme.crm.}. */
    public static final String FQN_PREFIX = "tenant." + TENANT_NAME + "." + SERVICE_NAME + ".";

    private TestTokens() {}

    public static FakeUser admin() {
        return FakeUser.withId("u-admin")
                .named("Ada Admin")
                .email("ada@vecton.test")
                .systemAdmin();
    }

    /** Ödön, a member who may read and write contacts and companies, but not delete companies. */
    public static FakeUser member() {
        return FakeUser.withId("u-1001")
                .named("Ödön Árvai")
                .email("odon@acme.test")
                .locale("hu")
                .timezone("Europe/Budapest")
                .memberOf(TENANT_ID, TENANT_NAME);
    }

    public static List<Map<String, Object>> memberPolicies() {
        return FakePolicy.list(
                FakePolicy.allow(FQN_PREFIX + "contacts.*").id("p-member-contacts"),
                FakePolicy.allow(FQN_PREFIX + "companies.*").id("p-member-companies"),
                FakePolicy.deny(FQN_PREFIX + "companies.delete").id("p-member-no-company-delete"));
    }

    public static FakeUser memberWithoutPolicies() {
        return FakeUser.withId("u-1002")
                .named("Béla Kovács")
                .email("bela@acme.test")
                .memberOf(TENANT_ID, TENANT_NAME);
    }

    public static FakeUser nonMember() {
        return FakeUser.withId("u-2001")
                .named("Olga Outsider")
                .email("olga@globex.test")
                .memberOf(OTHER_TENANT_ID, "globex");
    }

    /** A service account scoped to listing and showing contacts; its policies allow all of contacts. */
    public static FakeUser serviceAccount() {
        return FakeUser.withId("sa-importer")
                .named("Importer")
                .email(null)
                .memberOf(TENANT_ID, TENANT_NAME)
                .serviceAccount(FQN_PREFIX + "contacts.list", FQN_PREFIX + "contacts.view");
    }

    public static List<Map<String, Object>> serviceAccountPolicies() {
        return FakePolicy.list(FakePolicy.allow(FQN_PREFIX + "contacts.*").id("p-importer"));
    }

    /** Registers every caller above on the fake and returns it. */
    public static FakeIdentityServer installOn(FakeIdentityServer server) {
        return server.user(ADMIN, admin())
                .user(MEMBER, member())
                .policies(MEMBER, memberPolicies())
                .user(MEMBER_WITHOUT_POLICIES, memberWithoutPolicies())
                .user(NON_MEMBER, nonMember())
                .user(SERVICE_ACCOUNT, serviceAccount())
                .policies(SERVICE_ACCOUNT, serviceAccountPolicies());
    }
}
