package com.vecton.crm.adapter.in.messaging;

import com.vecton.crm.domain.event.IdentityChange.MemberAdded;
import com.vecton.crm.domain.event.IdentityChange.MemberRemoved;
import com.vecton.crm.domain.event.IdentityChange.PolicyUpdated;
import com.vecton.crm.domain.event.IdentityChange.UserScheduledForDeletion;
import com.vecton.crm.domain.event.IdentityChange.UserUpdated;
import java.util.UUID;

/** Message bodies as identity publishes them (identity.md section 5), for a test's tenant. */
final class IdentityMessages {
    static final String OCCURRED_AT = "2026-11-20T10:00:00Z";

    private IdentityMessages() {}

    static String newId() {
        return UUID.randomUUID().toString();
    }

    /** An envelope; {@code tenantJson} and {@code dataJson} are JSON fragments ({@code null} allowed as {@code "null"}). */
    static String envelope(String id, String type, String tenantJson, String dataJson) {
        return """
                {"id": "%s", "type": "%s", "occurred_at": "%s", "tenant_id": %s, "data": %s}""".formatted(id, type, OCCURRED_AT, tenantJson, dataJson);
    }

    static String userScheduledForDeletion(String id, String userId) {
        return envelope(id, UserScheduledForDeletion.TYPE, "null", """
                {"user_id": "%s"}""".formatted(userId));
    }

    static String userUpdated(String id, String userId) {
        return envelope(id, UserUpdated.TYPE, "null", """
                {"user_id": "%s", "name": "Ödön Árvai", "email": "odon@acme.test", "locale": "hu",
                 "timezone": "Europe/Budapest"}""".formatted(userId));
    }

    static String memberAdded(String id, String tenantId, String userId) {
        return envelope(id, MemberAdded.TYPE, "\"" + tenantId + "\"", """
                {"tenant_id": "%s", "user_id": "%s"}""".formatted(tenantId, userId));
    }

    static String memberRemoved(String id, String tenantId, String userId) {
        return envelope(id, MemberRemoved.TYPE, "\"" + tenantId + "\"", """
                {"tenant_id": "%s", "user_id": "%s"}""".formatted(tenantId, userId));
    }

    static String policyUpdated(String id, String tenantId) {
        return envelope(id, PolicyUpdated.TYPE, "\"" + tenantId + "\"", """
                {"tenant_id": "%s"}""".formatted(tenantId));
    }
}
