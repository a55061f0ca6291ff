package com.vecton.crm.adapter.in.rest.communication;

import com.vecton.crm.application.port.in.communication.CreateCommunicationLogUseCase;
import com.vecton.crm.application.port.in.communication.EditCommunicationLogUseCase;
import com.vecton.crm.application.port.in.communication.ListCompanyTimelineUseCase;
import com.vecton.crm.application.port.in.lifecycle.DeleteRecordUseCase;
import com.vecton.crm.application.port.in.lifecycle.ListChangesUseCase;
import com.vecton.crm.application.port.in.lifecycle.ListRecordsUseCase;
import com.vecton.crm.application.port.in.lifecycle.RestoreRecordUseCase;
import com.vecton.crm.application.port.in.lifecycle.ShowRecordUseCase;
import com.vecton.crm.domain.communication.CommunicationLog;
import com.vecton.crm.domain.communication.CommunicationLogId;
import com.vecton.crm.domain.communication.CommunicationLogQuery;
import java.util.Objects;
import java.util.stream.Stream;

/** The in-ports the communication log routes (and a company's timeline) drive, as one part of {@code RestUseCases}. */
public record CommunicationLogUseCases(
        CreateCommunicationLogUseCase create,
        EditCommunicationLogUseCase edit,
        DeleteRecordUseCase<CommunicationLogId> delete,
        RestoreRecordUseCase<CommunicationLogId, CommunicationLog> restore,
        ShowRecordUseCase<CommunicationLogId, CommunicationLog> show,
        ListRecordsUseCase<CommunicationLogQuery, CommunicationLog> list,
        ListChangesUseCase<CommunicationLog> changes,
        ListCompanyTimelineUseCase timeline) {
    public CommunicationLogUseCases {
        if (Stream.of(create, edit, delete, restore, show, list, changes, timeline)
                .anyMatch(Objects::isNull)) {
            throw new IllegalArgumentException("every communication log use case of the HTTP API is wired");
        }
    }

    /** The communication log routes. */
    public CommunicationLogResource resource() {
        return new CommunicationLogResource(this);
    }

    /** One company's timeline. */
    public CompanyTimelineResource timelineResource() {
        return new CompanyTimelineResource(timeline);
    }
}
