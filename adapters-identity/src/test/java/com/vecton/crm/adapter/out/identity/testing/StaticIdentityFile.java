package com.vecton.crm.adapter.out.identity.testing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds a static identity file (identity.md section 6),
 * {@code {"tokens": {"<token>": {<user>, "policies": [...]}}}}, for tests of {@code IDENTITY_FILE}.
 */
public final class StaticIdentityFile {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, Object> tokens = new LinkedHashMap<>();

    public static StaticIdentityFile empty() {
        return new StaticIdentityFile();
    }

    /** The file {@link TestTokens#installOn(FakeIdentityServer)} would serve over HTTP. */
    public static StaticIdentityFile ofTestTokens() {
        return empty().token(TestTokens.ADMIN, TestTokens.admin(), List.of())
                .token(TestTokens.MEMBER, TestTokens.member(), TestTokens.memberPolicies())
                .token(TestTokens.MEMBER_WITHOUT_POLICIES, TestTokens.memberWithoutPolicies(), List.of())
                .token(TestTokens.NON_MEMBER, TestTokens.nonMember(), List.of())
                .token(TestTokens.SERVICE_ACCOUNT, TestTokens.serviceAccount(), TestTokens.serviceAccountPolicies());
    }

    public StaticIdentityFile token(String token, FakeUser user, List<?> rawPolicies) {
        return token(token, user.toJson(), rawPolicies);
    }

    public StaticIdentityFile token(String token, Map<String, ?> rawUser, List<?> rawPolicies) {
        var entry = new LinkedHashMap<String, Object>(rawUser);
        entry.put("policies", rawPolicies);
        tokens.put(token, entry);
        return this;
    }

    public String toJson() {
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(Map.of("tokens", tokens));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot encode the identity file", e);
        }
    }

    public Path writeTo(Path file) {
        try {
            return Files.writeString(file, toJson(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
