package com.vecton.crm.application.service.communication;

import com.vecton.crm.application.port.out.CommunicationLogRepository;
import com.vecton.crm.application.port.out.CompanyRepository;
import com.vecton.crm.application.port.out.ContactRepository;
import com.vecton.crm.application.port.out.LinkedDeals;
import com.vecton.crm.application.service.lifecycle.RecordType;
import com.vecton.crm.application.service.lifecycle.RecordWrites;
import com.vecton.crm.application.service.lifecycle.UseCaseKit;
import com.vecton.crm.application.service.lifecycle.VisibleRecords;
import com.vecton.crm.domain.access.Permission;
import com.vecton.crm.domain.communication.CommunicationLog;
import com.vecton.crm.domain.communication.CommunicationLogId;

/** What every communication log use case needs from the outside; one value so wiring stays short. */
public record CommunicationLogServices(
        CommunicationLogRepository logs,
        ContactRepository contacts,
        CompanyRepository companies,
        LinkedDeals deals,
        UseCaseKit kit) {
    /** The subject type of log entries in the audit trail and in CRM events. */
    public static final String SUBJECT = "communication_log";

    /** What opening one entry needs, and so what a list of entries needs on each of them. */
    public static final Permission VIEW = new Permission("communication_logs.view");

    /** Log entries as the lifecycle use cases see them. */
    public RecordType<CommunicationLogId, CommunicationLog> type() {
        return RecordType.softDeleted(SUBJECT, logs, kit::admit, CommunicationLog::delete, CommunicationLog::undelete);
    }

    /** The steps of a create and an edit that are the same for every entity; their audit rows compare the details. */
    public RecordWrites<CommunicationLogId, CommunicationLog> writes() {
        return new RecordWrites<>(type(), kit, log -> log.details().asFields());
    }

    /** Which entries a list may show: those the requester could open. */
    public VisibleRecords visible() {
        return kit.visible(CommunicationLog.RESOURCE_TYPE, VIEW, CommunicationLog.FILTERABLE);
    }
}
