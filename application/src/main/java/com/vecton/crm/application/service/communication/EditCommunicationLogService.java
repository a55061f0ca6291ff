package com.vecton.crm.application.service.communication;

import com.vecton.crm.application.port.in.communication.EditCommunicationLogUseCase;
import com.vecton.crm.domain.access.Requester;
import com.vecton.crm.domain.communication.CommunicationLog;
import com.vecton.crm.domain.communication.CommunicationLogEdit;
import com.vecton.crm.domain.communication.CommunicationLogId;

/**
 * Edits a log entry ({@link com.vecton.crm.application.service.lifecycle.RecordWrites}); a newly
 * linked contact or company must be live, and an edit that links a contact without naming a company
 * links the contact's company.
 */
public final class EditCommunicationLogService implements EditCommunicationLogUseCase {
    private final CommunicationLogServices s;

    public EditCommunicationLogService(CommunicationLogServices services) {
        this.s = services;
    }

    @Override
    public CommunicationLog edit(Requester who, CommunicationLogId id, CommunicationLogEdit edit) {
        return s.writes()
                .edit(
                        who,
                        id,
                        (log, now) -> {
                            var edited = edit.applyTo(log.details());
                            var linked = LogLinks.withLinkedCompany(
                                    s, edited, edit.linksDealsCompany(edited), edit.linksContactsCompany(edited));
                            return log.withDetails(linked, now);
                        },
                        (edited, changes) -> {
                            if (changes.fields().containsKey("contact_id")
                                    || changes.fields().containsKey("company_id")
                                    || changes.fields().containsKey("deal_id")) {
                                LogLinks.requireLive(s, edited.details());
                            }
                        });
    }
}
