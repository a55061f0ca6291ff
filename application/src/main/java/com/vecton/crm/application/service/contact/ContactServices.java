package com.vecton.crm.application.service.contact;

import com.vecton.crm.application.port.out.Clock;
import com.vecton.crm.application.port.out.CompanyRepository;
import com.vecton.crm.application.port.out.ContactRepository;
import com.vecton.crm.application.port.out.Transactions;
import com.vecton.crm.application.service.audit.AuditTrail;

/** What every contact use case needs from the outside; one value so wiring stays short. */
public record ContactServices(ContactRepository contacts, CompanyRepository companies, Transactions transactions,
                              AuditTrail audit, Clock clock) {
    /** The subject type of contacts in the audit trail and in resource names. */
    public static final String SUBJECT = "contact";
}
