package com.vecton.crm.application.service.lifecycle;

import com.vecton.crm.application.port.out.ConfigurationStore;
import com.vecton.crm.domain.access.Requester;
import com.vecton.crm.domain.audit.AuditEvent;
import com.vecton.crm.domain.audit.Changes;
import com.vecton.crm.domain.lifecycle.RecordId;
import com.vecton.crm.domain.problem.NotFound;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The list, create, replace and delete of a small configuration record ({@link ConfigurationStore}),
 * for the entity's own use cases to delegate to: each change in one transaction with its audit row,
 * a replace that changes no field audited by nobody, and a delete that keeps every field it removed.
 */
public final class ConfigurationRecords<I extends RecordId, E, D> {
    private final String subject;
    private final ConfigurationStore<I, E, D> store;
    private final Function<E, I> id;
    private final Function<E, D> details;
    private final Function<D, Map<String, ?>> fields;
    private final UseCaseKit kit;

    /**
     * @param subject the audit subject and the name a missing record is not found by
     * @param id      a record's id
     * @param details a record's fields as an administrator gave them
     * @param fields  the given fields by API name, which the audit row records
     */
    public ConfigurationRecords(
            String subject,
            ConfigurationStore<I, E, D> store,
            Function<E, I> id,
            Function<E, D> details,
            Function<D, Map<String, ?>> fields,
            UseCaseKit kit) {
        this.subject = subject;
        this.store = store;
        this.id = id;
        this.details = details;
        this.fields = fields;
        this.kit = kit;
    }

    public List<E> list() {
        return store.all();
    }

    public E create(Requester who, D given) {
        return kit.transactions().inTransaction(() -> {
            var at = kit.clock().now();
            var created = store.add(given, who.userId(), at);
            kit.audit()
                    .record(
                            who.actor(),
                            subject,
                            id.apply(created),
                            AuditEvent.CREATED,
                            Changes.created(fields.apply(given)),
                            at);
            return created;
        });
    }

    public E replace(Requester who, I recordId, D given) {
        return kit.transactions().inTransaction(() -> {
            var before = store.find(recordId).orElseThrow(() -> new NotFound(subject, recordId));
            var at = kit.clock().now();
            var after = store.replace(recordId, given, at).orElseThrow(() -> new NotFound(subject, recordId));
            var changes = Changes.between(fields.apply(details.apply(before)), fields.apply(given));
            if (!changes.isEmpty()) {
                kit.audit().record(who.actor(), subject, recordId, AuditEvent.UPDATED, changes, at);
            }
            return after;
        });
    }

    /** @param remove the store's delete for good, empty when there was no such record */
    public void delete(Requester who, I recordId, Function<I, Optional<E>> remove) {
        DeleteForGood.delete(kit, who, subject, recordId, remove, removed -> fields.apply(details.apply(removed)));
    }
}
