package com.vecton.crm.adapter.out.persistence.communication;

import static com.vecton.crm.domain.testing.CommunicationLogDetailsBuilder.aLog;
import static com.vecton.crm.domain.testing.CompanyDetailsBuilder.aCompany;

import com.vecton.crm.adapter.out.persistence.Persistence;
import com.vecton.crm.adapter.out.persistence.testing.RecordStoreContract;
import com.vecton.crm.application.port.out.RecordStore;
import com.vecton.crm.domain.communication.CommunicationLog;
import com.vecton.crm.domain.communication.CommunicationLogId;
import com.vecton.crm.domain.company.Company;
import com.vecton.crm.domain.company.CompanyId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The store contract on communication log entries. */
class CommunicationLogStoreContractTest extends RecordStoreContract<CommunicationLogId, CommunicationLog> {
    private CompanyId company;

    @Override
    protected void prepare(Persistence db) {
        company = db.companies().nextId();
        db.companies().save(Company.create(company, aCompany().build(), CREATOR, T0));
    }

    @Override
    protected String table() {
        return "communication_logs";
    }

    @Override
    protected RecordStore<CommunicationLogId, CommunicationLog> storeOn(Persistence db) {
        return db.communicationLogs();
    }

    @Override
    protected CommunicationLog newRecord(CommunicationLogId id) {
        return CommunicationLog.create(id, aLog().atCompany(company).build(), CREATOR, T0);
    }

    @Override
    protected CommunicationLog changed(CommunicationLog log, Instant now) {
        return log.withDetails(
                aLog().atCompany(company)
                        .aNote()
                        .about("Changed", "Its body too")
                        .sharedWithCustomer()
                        .build(),
                now);
    }

    @Override
    protected CommunicationLogId idOf(CommunicationLog log) {
        return log.id();
    }

    @Override
    protected Object stateOf(CommunicationLog log) {
        return List.of(log.id(), log.details(), log.lifecycle());
    }

    @Override
    protected Optional<CommunicationLog> deleted(CommunicationLog log, Instant now) {
        return Optional.of(log.delete(now));
    }

    @Override
    protected CommunicationLog restored(CommunicationLog log, Instant now) {
        return log.undelete(now);
    }
}
