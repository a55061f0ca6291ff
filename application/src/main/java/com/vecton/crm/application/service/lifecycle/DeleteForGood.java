package com.vecton.crm.application.service.lifecycle;

import com.vecton.crm.domain.access.Requester;
import com.vecton.crm.domain.audit.AuditEvent;
import com.vecton.crm.domain.audit.Changes;
import com.vecton.crm.domain.lifecycle.RecordId;
import com.vecton.crm.domain.problem.NotFound;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The delete of a record that has no bin (a holiday, a shift template, an assignment): gone for
 * good in one transaction, with an audit row that keeps every field it had, or {@code 404} when
 * there was none.
 */
public final class DeleteForGood {
    private DeleteForGood() {}

    /**
     * @param remove the store's delete for good, empty when there was no such record
     * @param fields the removed record's fields by API name, for the audit row
     */
    public static <I extends RecordId, E> void delete(
            UseCaseKit kit,
            Requester who,
            String subject,
            I id,
            Function<I, Optional<E>> remove,
            Function<E, ? extends Map<String, ?>> fields) {
        kit.transactions().inTransaction(() -> {
            var removed = remove.apply(id).orElseThrow(() -> new NotFound(subject, id));
            kit.audit()
                    .record(
                            who.actor(),
                            subject,
                            id,
                            AuditEvent.DELETED,
                            Changes.removed(fields.apply(removed)),
                            kit.clock().now());
        });
    }
}
