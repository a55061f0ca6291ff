package com.vecton.crm.adapter.out.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vecton.crm.adapter.out.identity.testing.FakePolicy;
import com.vecton.crm.adapter.out.identity.testing.FakeUser;
import com.vecton.crm.adapter.out.identity.testing.StaticIdentityFile;
import com.vecton.crm.adapter.out.identity.testing.TestTokens;
import com.vecton.crm.domain.access.BearerToken;
import com.vecton.crm.domain.access.Caller;
import com.vecton.crm.domain.access.TokenType;
import com.vecton.crm.domain.access.UserId;
import com.vecton.crm.domain.problem.Unauthenticated;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The static identity of identity.md section 6. */
class StaticIdentityDirectoryTest {
    @TempDir
    Path dir;

    private StaticIdentityDirectory fromJson(String json) {
        return StaticIdentityDirectory.fromStream(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    private IllegalArgumentException refusal(String json) {
        return assertThrows(IllegalArgumentException.class, () -> fromJson(json));
    }

    @Test
    void a_known_token_answers_its_user_and_policies() {
        var file = StaticIdentityFile.ofTestTokens().writeTo(dir.resolve("identity.json"));
        var directory = StaticIdentityDirectory.fromFile(file);
        var token = new BearerToken(TestTokens.MEMBER);

        Caller caller = directory.identify(token);

        assertEquals(new UserId("u-1001"), caller.id());
        assertEquals(Set.of(TestTokens.TENANT_ID), caller.tenantIds());
        // Needs the domain's PolicyNormaliser.
        assertEquals(3, directory.policiesFor(caller, token).size());
        assertEquals(5, directory.size());
    }

    @Test
    void an_unknown_token_is_token_invalid() {
        var directory = StaticIdentityDirectory.fromFile(
                StaticIdentityFile.ofTestTokens().writeTo(dir.resolve("i.json")));
        var stranger = new BearerToken("tok-stranger");

        var problem = assertThrows(Unauthenticated.class, () -> directory.identify(stranger));
        var again = assertThrows(
                Unauthenticated.class,
                () -> directory.policiesFor(directory.identify(new BearerToken(TestTokens.ADMIN)), stranger));

        assertEquals(Unauthenticated.TOKEN_INVALID, problem.code());
        assertEquals(Unauthenticated.TOKEN_INVALID, again.code());
    }

    @Test
    void entries_are_read_like_identity_answers_legacy_shape_and_numeric_ids_included() {
        var directory = fromJson(StaticIdentityFile.empty()
                .token("tok-legacy", FakeUser.withId(77).legacyShape("t-acme"), List.of())
                .token("tok-sa", TestTokens.serviceAccount().tokenType(null).scopes(List.of()), List.of())
                .toJson());

        Caller legacy = directory.identify(new BearerToken("tok-legacy"));
        Caller serviceAccount = directory.identify(new BearerToken("tok-sa"));

        assertEquals(new UserId("77"), legacy.id());
        assertTrue(legacy.legacyShape());
        assertEquals(TokenType.USER, serviceAccount.tokenType());
        assertTrue(serviceAccount.scopes().restricted());
    }

    @Test
    void an_entry_without_policies_has_none() {
        var directory = fromJson("{\"tokens\": {\"tok-a\": {\"id\": \"u-1\", \"tenants\": []}}}");
        var token = new BearerToken("tok-a");

        assertEquals(List.of(), directory.policiesFor(directory.identify(token), token));
    }

    @Test
    void a_file_that_is_not_json_is_refused_naming_where() {
        var problem = refusal("{\"tokens\": {\"tok-a\": {\"id\": \"u-1\",,}}}");

        assertTrue(problem.getMessage().contains("not valid JSON at line 1"), problem.getMessage());
    }

    @Test
    void a_file_without_tokens_is_refused() {
        var problem = refusal("{\"users\": {}}");

        assertTrue(problem.getMessage().contains("no \"tokens\" object"), problem.getMessage());
    }

    @Test
    void an_ill_shaped_entry_is_refused_by_position_without_showing_its_token() {
        var problem = refusal(StaticIdentityFile.empty()
                .token("tok-good", TestTokens.member(), List.of())
                .token("tok-secret-value", TestTokens.member().without("id"), List.of())
                .toJson());

        assertTrue(problem.getMessage().contains("token entry #2: the user has no id"), problem.getMessage());
        assertFalse(problem.getMessage().contains("tok-secret-value"));
    }

    @Test
    void policies_that_are_not_a_list_are_refused() {
        var problem = refusal(
                "{\"tokens\": {\"tok-a\": {\"id\": \"u-1\", \"tenants\": [], \"policies\": {\"effect\": \"allow\"}}}}");

        assertTrue(problem.getMessage().contains("\"policies\" is not a list"), problem.getMessage());
    }

    @Test
    void a_token_with_whitespace_is_refused() {
        var problem = refusal("{\"tokens\": {\"tok a\": {\"id\": \"u-1\", \"tenants\": []}}}");

        assertTrue(problem.getMessage().contains("without whitespace"), problem.getMessage());
    }

    @Test
    void a_duplicate_token_is_refused_without_showing_it() {
        var problem = refusal("{\"tokens\": {\"tok-twice\": {\"id\": \"u-1\", \"tenants\": []},"
                + " \"tok-twice\": {\"id\": \"u-2\", \"tenants\": []}}}");

        assertTrue(problem.getMessage().contains("a key appears twice"), problem.getMessage());
        assertFalse(problem.getMessage().contains("tok-twice"));
    }

    @Test
    void a_missing_file_is_refused() {
        var missing = dir.resolve("nope.json");

        var problem = assertThrows(IllegalArgumentException.class, () -> StaticIdentityDirectory.fromFile(missing));

        assertTrue(problem.getMessage().contains("nope.json"), problem.getMessage());
    }

    @Test
    void the_factory_reads_the_file_once_at_construction() throws Exception {
        var file = StaticIdentityFile.empty()
                .token("tok-a", TestTokens.member(), FakePolicy.list(FakePolicy.allow("*")))
                .writeTo(dir.resolve("identity.json"));
        var directory = IdentityDirectories.staticFile(file, TestTokens.TENANT_ID);
        var token = new BearerToken("tok-a");

        Caller caller = directory.identify(token);
        Files.delete(file);

        assertEquals(caller, directory.identify(token));
        assertEquals(1, directory.policiesFor(caller, token).size());
    }
}
