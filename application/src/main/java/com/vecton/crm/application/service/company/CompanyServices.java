package com.vecton.crm.application.service.company;

import com.vecton.crm.application.port.out.CompanyRepository;
import com.vecton.crm.application.service.lifecycle.RecordType;
import com.vecton.crm.application.service.lifecycle.RecordWrites;
import com.vecton.crm.application.service.lifecycle.UseCaseKit;
import com.vecton.crm.application.service.lifecycle.VisibleRecords;
import com.vecton.crm.domain.access.Permission;
import com.vecton.crm.domain.company.Company;
import com.vecton.crm.domain.company.CompanyId;

/** What every company use case needs from the outside; one value so wiring stays short. */
public record CompanyServices(CompanyRepository companies, UseCaseKit kit) {
    /** The subject type of companies in the audit trail. */
    public static final String SUBJECT = "company";

    /** What opening one company needs, and so what a list of companies needs on each of them. */
    public static final Permission VIEW = new Permission("companies.view");

    /** Companies as the lifecycle use cases see them; a deleted company's contacts keep pointing at it. */
    public RecordType<CompanyId, Company> type() {
        return RecordType.softDeleted(SUBJECT, companies, kit::admit, Company::delete, Company::undelete);
    }

    /** The steps of a create and an edit that are the same for every entity, on companys; their audit rows compare the details. */
    public RecordWrites<CompanyId, Company> writes() {
        return new RecordWrites<>(type(), kit, company -> company.details().asFields());
    }

    /** Which companies a list may show: those the requester could open. */
    public VisibleRecords visible() {
        return kit.visible(Company.RESOURCE_TYPE, VIEW, Company.FILTERABLE);
    }
}
