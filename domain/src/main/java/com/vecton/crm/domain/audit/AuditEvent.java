package com.vecton.crm.domain.audit;

/**
 * What happened to a subject, as the audit trail and the CRM's events name it ({@code crm.task.moved}):
 * a closed set, so an event cannot be misspelt in one use case and a consumer can know every one.
 * The four lifecycle verbs serve every entity; each other verb belongs to the subject named beside it.
 * A new entity's own verb is added here.
 */
public enum AuditEvent {
    CREATED("created"),
    UPDATED("updated"),
    DELETED("deleted"),
    RESTORED("restored"),
    /** A task changed its place on its project's board, or a deal on its pipeline's. */
    MOVED("moved"),
    /** A timer (a time entry) began running. */
    STARTED("started"),
    /** A running timer got its end. */
    STOPPED("stopped"),
    /** A user joined a project (or came back to it); the subject is the project. */
    MEMBER_ADDED("member_added"),
    /** A user left a project; the subject is the project. */
    MEMBER_REMOVED("member_removed"),
    /** Identity will delete a user: their mirror is deactivated and unassigned (subject {@code tenant_user}). */
    SCHEDULED_FOR_DELETION("scheduled_for_deletion"),
    /** Identity removed a user from the tenant (subject {@code tenant_user}). */
    DEACTIVATED("deactivated"),
    /** A reviewer approved a leave request (subject {@code leave_request}). */
    APPROVED("approved"),
    /** A reviewer rejected a leave request (subject {@code leave_request}). */
    REJECTED("rejected"),
    /** A leave request was withdrawn by its requester or a reviewer (subject {@code leave_request}). */
    CANCELLED("cancelled"),
    /** Days were added to or taken from a leave balance (subject {@code leave_balance}). */
    ADJUSTED("adjusted");

    private final String apiName;

    AuditEvent(String apiName) {
        this.apiName = apiName;
    }

    /** The name in the activity log, in event types and in the database. */
    public String apiName() {
        return apiName;
    }

    /** Reads a stored value; an unknown one is a bug, not a client error. */
    public static AuditEvent fromStored(String stored) {
        for (AuditEvent event : values()) {
            if (event.apiName.equals(stored)) {
                return event;
            }
        }
        throw new IllegalStateException("not an audit event: " + stored);
    }
}
