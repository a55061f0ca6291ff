package com.vecton.crm.adapter.in.rest;

import com.vecton.crm.adapter.in.rest.communication.CommunicationLogUseCases;
import com.vecton.crm.adapter.in.rest.company.CompanyUseCases;
import com.vecton.crm.adapter.in.rest.contact.ContactUseCases;
import com.vecton.crm.adapter.in.rest.deal.DealUseCases;
import com.vecton.crm.adapter.in.rest.document.DocumentUseCases;
import com.vecton.crm.adapter.in.rest.folder.FolderUseCases;
import com.vecton.crm.adapter.in.rest.label.TaskLabelUseCases;
import com.vecton.crm.adapter.in.rest.leave.LeaveUseCases;
import com.vecton.crm.adapter.in.rest.media.MediaUseCases;
import com.vecton.crm.adapter.in.rest.pipeline.PipelineUseCases;
import com.vecton.crm.adapter.in.rest.portal.PortalAccountUseCases;
import com.vecton.crm.adapter.in.rest.portal.PortalUseCases;
import com.vecton.crm.adapter.in.rest.project.ProjectUseCases;
import com.vecton.crm.adapter.in.rest.shift.ShiftUseCases;
import com.vecton.crm.adapter.in.rest.sla.SlaUseCases;
import com.vecton.crm.adapter.in.rest.task.TaskUseCases;
import com.vecton.crm.adapter.in.rest.time.TimeEntryUseCases;
import com.vecton.crm.application.port.in.access.AuthenticateCallerUseCase;
import com.vecton.crm.application.port.in.access.AuthorizeActionUseCase;
import com.vecton.crm.application.port.in.audit.ListActivityUseCase;
import com.vecton.crm.application.port.in.idempotency.RunOnceUseCase;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Every application in-port the HTTP API drives: the gate's, one value per entity that also
 * makes that entity's resources, and the one that runs a POST with an Idempotency-Key once; bootstrap builds one and hands it to {@link RestApi}.
 */
public record RestUseCases(
        AuthenticateCallerUseCase authenticate,
        AuthorizeActionUseCase authorize,
        ContactUseCases contacts,
        CompanyUseCases companies,
        TaskLabelUseCases labels,
        ListActivityUseCase listActivity,
        ProjectUseCases projects,
        TaskUseCases tasks,
        TimeEntryUseCases timeEntries,
        PipelineUseCases pipelines,
        RunOnceUseCase runOnce,
        DealUseCases deals,
        CommunicationLogUseCases communicationLogs,
        PortalAccountUseCases portalAccounts,
        PortalUseCases portal,
        LeaveUseCases leave,
        ShiftUseCases shifts,
        SlaUseCases sla,
        MediaUseCases media,
        FolderUseCases folders,
        DocumentUseCases documents) {
    public RestUseCases {
        if (Stream.of(
                        authenticate,
                        authorize,
                        contacts,
                        companies,
                        labels,
                        listActivity,
                        projects,
                        tasks,
                        timeEntries,
                        pipelines,
                        runOnce,
                        deals,
                        communicationLogs,
                        portalAccounts,
                        portal,
                        leave,
                        shifts,
                        sla,
                        media,
                        folders,
                        documents)
                .anyMatch(Objects::isNull)) {
            throw new IllegalArgumentException("every use case of the HTTP API is wired");
        }
    }
}
