package com.vecton.crm.adapter.in.rest.portal;

import com.vecton.crm.application.port.in.lifecycle.DeleteRecordUseCase;
import com.vecton.crm.application.port.in.lifecycle.ListChangesUseCase;
import com.vecton.crm.application.port.in.lifecycle.ListRecordsUseCase;
import com.vecton.crm.application.port.in.lifecycle.ShowRecordUseCase;
import com.vecton.crm.application.port.in.portal.CreatePortalAccountUseCase;
import com.vecton.crm.domain.portal.PortalAccount;
import com.vecton.crm.domain.portal.PortalAccountId;
import com.vecton.crm.domain.portal.PortalAccountQuery;
import java.util.Objects;
import java.util.stream.Stream;

/** The in-ports the portal account routes drive, as one part of {@code RestUseCases}. */
public record PortalAccountUseCases(
        CreatePortalAccountUseCase create,
        DeleteRecordUseCase<PortalAccountId> delete,
        ShowRecordUseCase<PortalAccountId, PortalAccount> show,
        ListRecordsUseCase<PortalAccountQuery, PortalAccount> list,
        ListChangesUseCase<PortalAccount> changes) {
    public PortalAccountUseCases {
        if (Stream.of(create, delete, show, list, changes).anyMatch(Objects::isNull)) {
            throw new IllegalArgumentException("every portal account use case of the HTTP API is wired");
        }
    }

    /** The portal account routes. */
    public PortalAccountResource resource() {
        return new PortalAccountResource(this);
    }
}
