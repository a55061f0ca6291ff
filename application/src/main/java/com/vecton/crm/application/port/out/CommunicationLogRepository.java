package com.vecton.crm.application.port.out;

import com.vecton.crm.domain.access.Visibility;
import com.vecton.crm.domain.communication.CommunicationLog;
import com.vecton.crm.domain.communication.CommunicationLogId;
import com.vecton.crm.domain.communication.CommunicationLogQuery;
import com.vecton.crm.domain.communication.TimelineEntry;
import com.vecton.crm.domain.company.CompanyId;
import com.vecton.crm.domain.listing.Page;
import com.vecton.crm.domain.listing.PageRequest;
import java.util.Optional;

/** Where communication log entries are kept. */
public interface CommunicationLogRepository extends RecordStore<CommunicationLogId, CommunicationLog> {

    /**
     * One page of the live entries that match the query and that the caller may see, with the total
     * of those. The visibility may test the attributes of {@link CommunicationLog#FILTERABLE} and
     * {@link Visibility#ID}.
     */
    Page<CommunicationLog> search(CommunicationLogQuery query, Visibility visible, PageRequest page);

    /**
     * One page of a company's timeline, newest first, among the entries the caller may see: the
     * live log entries that reach the company (linked to it, to one of its live contacts or to one
     * of its live deals) among {@code visibleLogs}, and the stage changes of its live deals among
     * {@code visibleDeals} (none when empty), read in a constant number of statements whatever the
     * page holds.
     */
    Page<TimelineEntry> timeline(
            CompanyId company, Visibility visibleLogs, Optional<Visibility> visibleDeals, PageRequest page);

    /**
     * One page of the live entries a customer of {@code company} may see, matching the query: those
     * marked {@code visible_to_customer} that reach the company by one of their paths (their own
     * company link, their contact's company as it is now for a live contact, or their deal's
     * company for a live deal).
     */
    Page<CommunicationLog> searchForCustomer(CompanyId company, CommunicationLogQuery query, PageRequest page);

    /** One entry, when {@link #searchForCustomer} would list it for a customer of {@code company}. */
    Optional<CommunicationLog> findForCustomer(CompanyId company, CommunicationLogId id);
}
