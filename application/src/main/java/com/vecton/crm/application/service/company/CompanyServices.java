package com.vecton.crm.application.service.company;

import com.vecton.crm.application.port.out.Clock;
import com.vecton.crm.application.port.out.CompanyRepository;
import com.vecton.crm.application.port.out.Transactions;
import com.vecton.crm.application.service.audit.AuditTrail;
import com.vecton.crm.application.service.lifecycle.RecordType;
import com.vecton.crm.domain.company.Company;
import com.vecton.crm.domain.company.CompanyId;

/** What every company use case needs from the outside; one value so wiring stays short. */
public record CompanyServices(CompanyRepository companies, Transactions transactions, AuditTrail audit,
                              Clock clock) {
    /** The subject type of companies in the audit trail. */
    public static final String SUBJECT = "company";

    /** Companies as the lifecycle use cases see them; a deleted company's contacts keep pointing at it. */
    public RecordType<CompanyId, Company> type() {
        return RecordType.of(SUBJECT, companies).softDeleted(Company::delete, Company::undelete);
    }
}
