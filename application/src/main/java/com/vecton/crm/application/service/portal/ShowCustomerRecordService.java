package com.vecton.crm.application.service.portal;

import com.vecton.crm.application.port.in.portal.ShowCustomerRecordUseCase;
import com.vecton.crm.domain.access.Requester;
import com.vecton.crm.domain.company.CompanyId;
import com.vecton.crm.domain.lifecycle.RecordId;
import com.vecton.crm.domain.problem.NotFound;
import java.util.Optional;

/**
 * A portal item of any record type: found only through the type's path to the caller's company
 * ({@link Find}), the same path its portal list takes, so an id outside the company is a 404
 * whatever it names (another company's record, a deleted one, one that does not exist).
 */
public final class ShowCustomerRecordService<I extends RecordId, E> implements ShowCustomerRecordUseCase<I, E> {
    private final CustomerScopes scopes;
    private final String subject;
    private final Find<I, E> find;

    /** @param subject the type's name in the 404 ({@code contact}) */
    public ShowCustomerRecordService(CustomerScopes scopes, String subject, Find<I, E> find) {
        this.scopes = scopes;
        this.subject = subject;
        this.find = find;
    }

    @Override
    public E show(Requester who, I id) {
        return scopes.companyOf(who)
                .flatMap(company -> find.find(company, id))
                .orElseThrow(() -> new NotFound(subject, id));
    }

    /** The record with this id, when it reaches {@code company} by the type's path (and is live). */
    @FunctionalInterface
    public interface Find<I, E> {
        Optional<E> find(CompanyId company, I id);
    }
}
