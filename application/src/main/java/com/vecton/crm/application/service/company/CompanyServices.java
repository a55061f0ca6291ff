package com.vecton.crm.application.service.company;

import com.vecton.crm.application.port.out.Clock;
import com.vecton.crm.application.port.out.CompanyRepository;
import com.vecton.crm.application.port.out.Transactions;
import com.vecton.crm.application.service.audit.AuditTrail;

/** What every company use case needs from the outside; one value so wiring stays short. */
public record CompanyServices(CompanyRepository companies, Transactions transactions, AuditTrail audit,
                              Clock clock) {
    /** The subject type of companies in the audit trail. */
    public static final String SUBJECT = "company";
}
