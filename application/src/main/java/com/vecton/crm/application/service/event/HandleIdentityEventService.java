package com.vecton.crm.application.service.event;

import com.vecton.crm.application.port.in.event.HandleIdentityEventUseCase;
import com.vecton.crm.application.port.out.Clock;
import com.vecton.crm.application.port.out.ProcessedEvents;
import com.vecton.crm.application.port.out.TaskRepository;
import com.vecton.crm.application.port.out.TenantUsers;
import com.vecton.crm.application.port.out.TenantUsers.UserProfile;
import com.vecton.crm.application.port.out.Transactions;
import com.vecton.crm.application.service.audit.AuditTrail;
import com.vecton.crm.domain.audit.Actor;
import com.vecton.crm.domain.audit.AuditEvent;
import com.vecton.crm.domain.audit.Changes;
import com.vecton.crm.domain.audit.FieldChange;
import com.vecton.crm.domain.event.IdentityChange;
import com.vecton.crm.domain.event.IdentityChange.MemberAdded;
import com.vecton.crm.domain.event.IdentityChange.MemberRemoved;
import com.vecton.crm.domain.event.IdentityChange.PolicyUpdated;
import com.vecton.crm.domain.event.IdentityChange.UserScheduledForDeletion;
import com.vecton.crm.domain.event.IdentityChange.UserUpdated;
import com.vecton.crm.domain.event.IdentityEvent;
import com.vecton.crm.domain.task.TaskId;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Applies identity's events to this tenant's data as the contract's table says (identity.md
 * section 5), each at most once: the event id is recorded in the transaction of the change, so a
 * redelivery, whether a duplicate or after a crash before the acknowledgement, finds it and
 * changes nothing. What the CRM changes is audited as {@link Actor#IDENTITY}, only when something
 * did change; {@code member_added} and {@code policy.updated} change no data here (the adapter
 * logs the former, every replica's cache flush handles the latter) but are recorded all the same.
 */
public final class HandleIdentityEventService implements HandleIdentityEventUseCase {
    /** The subject type of the user mirror in the audit trail and in CRM events. */
    public static final String SUBJECT = "tenant_user";

    private final String tenantId;
    private final Transactions transactions;
    private final ProcessedEvents processedEvents;
    private final TenantUsers users;
    private final TaskRepository tasks;
    private final AuditTrail audit;
    private final Clock clock;

    public HandleIdentityEventService(
            String tenantId,
            Transactions transactions,
            ProcessedEvents processedEvents,
            TenantUsers users,
            TaskRepository tasks,
            AuditTrail audit,
            Clock clock) {
        if (tenantId == null || tenantId.isBlank()) {
            throw new IllegalArgumentException("the served tenant id is required");
        }
        this.tenantId = tenantId;
        this.transactions = Objects.requireNonNull(transactions);
        this.processedEvents = Objects.requireNonNull(processedEvents);
        this.users = Objects.requireNonNull(users);
        this.tasks = Objects.requireNonNull(tasks);
        this.audit = Objects.requireNonNull(audit);
        this.clock = Objects.requireNonNull(clock);
    }

    @Override
    public Outcome handle(IdentityEvent event) {
        if (!event.concerns(tenantId)) {
            return Outcome.OTHER_TENANT;
        }
        return transactions.inTransaction(() -> {
            var now = clock.now();
            // First, so that a concurrent delivery of the same id waits here for this transaction
            // and then finds the id taken, rather than applying the change a second time.
            if (!processedEvents.markProcessed(event, now)) {
                return Outcome.DUPLICATE;
            }
            apply(event.change(), now);
            return Outcome.APPLIED;
        });
    }

    private void apply(IdentityChange change, Instant now) {
        switch (change) {
            case UserScheduledForDeletion deletion -> scheduleForDeletion(deletion, now);
            case UserUpdated update -> mirror(update, now);
            case MemberRemoved removal -> deactivate(removal, now);
            case MemberAdded ignored -> {
                // The mirror row is made on the user's first call (identity.md section 1).
            }
            case PolicyUpdated ignored -> {
                // Policies live in each replica's cache only; ForgetCachedIdentityUseCase drops them.
            }
        }
    }

    /**
     * Deactivates before unassigning: the row lock of the update waits for any task change that
     * has just checked the user active (a shared lock, see {@link TenantUsers#isActive}), so an
     * assignment committed meanwhile is seen by the unassignment; later ones find the user inactive.
     */
    private void scheduleForDeletion(UserScheduledForDeletion deletion, Instant now) {
        var user = deletion.userId();
        boolean deactivated = users.deactivate(user);
        List<Long> unassigned =
                tasks.unassignEverywhere(user).stream().map(TaskId::value).toList();
        var fields = new LinkedHashMap<String, FieldChange>();
        if (deactivated) {
            fields.put("is_active", new FieldChange(true, false));
        }
        if (!unassigned.isEmpty()) {
            fields.put("unassigned_task_ids", new FieldChange(unassigned, List.of()));
        }
        record(user.value(), AuditEvent.SCHEDULED_FOR_DELETION, new Changes(fields), now);
    }

    /** An unknown user is left alone: their row is made, from identity's answer, on their first call. */
    private void mirror(UserUpdated update, Instant now) {
        var profile = new UserProfile(update.name(), update.email(), update.locale(), update.timezone());
        users.mirrorProfile(update.userId(), profile)
                .ifPresent(before -> record(
                        update.userId().value(),
                        AuditEvent.UPDATED,
                        Changes.between(fields(before), fields(profile)),
                        now));
    }

    private void deactivate(MemberRemoved removal, Instant now) {
        if (users.deactivate(removal.userId())) {
            record(
                    removal.userId().value(),
                    AuditEvent.DEACTIVATED,
                    new Changes(Map.of("is_active", new FieldChange(true, false))),
                    now);
        }
    }

    private void record(String userId, AuditEvent event, Changes changes, Instant now) {
        if (!changes.isEmpty()) {
            audit.record(Actor.IDENTITY, SUBJECT, userId, event, changes, now);
        }
    }

    /** The profile as audit fields, by the names {@code tenant_users} and the API use. */
    private static Map<String, Object> fields(UserProfile profile) {
        var fields = new LinkedHashMap<String, Object>();
        fields.put("name", profile.name());
        fields.put("email", profile.email());
        fields.put("locale", profile.locale());
        fields.put("timezone", profile.timezone());
        return fields;
    }
}
