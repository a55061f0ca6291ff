package com.vecton.crm.bootstrap.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.vecton.crm.adapter.out.identity.testing.StaticIdentityFile;
import com.vecton.crm.adapter.out.identity.testing.TestTokens;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code IDENTITY_FILE} answers exactly as the identity service would, behind the same gate (identity.md 6). */
class StaticIdentityEndToEndTest {

    @Test
    void the_static_identity_file_drives_the_same_gate() throws Exception {
        Path file = Files.createTempFile(Path.of("target"), "identity-", ".json");
        StaticIdentityFile.ofTestTokens().writeTo(file);
        var env = new java.util.HashMap<String, String>();
        env.put("IDENTITY_FILE", file.toString());
        env.put("IDENTITY_URL", "");
        try (var crm = CrmHarness.start(Map.copyOf(env))) {
            crm.identity.close(); // the HTTP identity is not used at all
            assertEquals(200, crm.get("/api/contacts", TestTokens.MEMBER).status());
            assertEquals(200, crm.get("/api/contacts", TestTokens.ADMIN).status());
            assertEquals(
                    "token_invalid", crm.get("/api/contacts", "tok-unknown").error());
            assertEquals(
                    "tenant_not_a_member",
                    crm.get("/api/contacts", TestTokens.NON_MEMBER).error());
            assertEquals(
                    "no_policies",
                    crm.get("/api/contacts", TestTokens.MEMBER_WITHOUT_POLICIES).error());
            assertEquals(
                    "permission_denied",
                    crm.delete("/api/companies/1", TestTokens.MEMBER).error());
        }
    }
}
