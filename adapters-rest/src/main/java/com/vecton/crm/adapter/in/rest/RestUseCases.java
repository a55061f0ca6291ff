package com.vecton.crm.adapter.in.rest;

import com.vecton.crm.application.port.in.access.AuthenticateCallerUseCase;
import com.vecton.crm.application.port.in.access.AuthorizeActionUseCase;
import com.vecton.crm.application.port.in.audit.ListActivityUseCase;
import com.vecton.crm.application.port.in.company.CreateCompanyUseCase;
import com.vecton.crm.application.port.in.company.EditCompanyUseCase;
import com.vecton.crm.application.port.in.company.ListCompaniesUseCase;
import com.vecton.crm.application.port.in.company.ListCompanyContactsUseCase;
import com.vecton.crm.application.port.in.contact.CreateContactUseCase;
import com.vecton.crm.application.port.in.contact.EditContactUseCase;
import com.vecton.crm.application.port.in.contact.ListContactsUseCase;
import com.vecton.crm.application.port.in.label.CreateTaskLabelUseCase;
import com.vecton.crm.application.port.in.label.DeleteTaskLabelUseCase;
import com.vecton.crm.application.port.in.label.EditTaskLabelUseCase;
import com.vecton.crm.application.port.in.label.ListTaskLabelsUseCase;
import com.vecton.crm.adapter.in.rest.project.ProjectUseCases;
import com.vecton.crm.application.port.in.lifecycle.DeleteRecordUseCase;
import com.vecton.crm.application.port.in.lifecycle.RestoreRecordUseCase;
import com.vecton.crm.application.port.in.lifecycle.ShowRecordUseCase;
import com.vecton.crm.domain.company.Company;
import com.vecton.crm.domain.company.CompanyId;
import com.vecton.crm.domain.contact.Contact;
import com.vecton.crm.domain.contact.ContactId;
import com.vecton.crm.domain.label.TaskLabel;
import com.vecton.crm.domain.label.TaskLabelId;
import com.vecton.crm.adapter.in.rest.task.TaskUseCases;
import com.vecton.crm.adapter.in.rest.time.TimeEntryUseCases;
import java.util.stream.Stream;

/** Every application in-port the HTTP API drives; bootstrap builds one and hands it to {@link RestApi}. */
public record RestUseCases(AuthenticateCallerUseCase authenticate,
                           AuthorizeActionUseCase authorize,
                           CreateContactUseCase createContact,
                           EditContactUseCase editContact,
                           DeleteRecordUseCase<ContactId> deleteContact,
                           RestoreRecordUseCase<ContactId, Contact> restoreContact,
                           ShowRecordUseCase<ContactId, Contact> showContact,
                           ListContactsUseCase listContacts,
                           CreateCompanyUseCase createCompany,
                           EditCompanyUseCase editCompany,
                           DeleteRecordUseCase<CompanyId> deleteCompany,
                           RestoreRecordUseCase<CompanyId, Company> restoreCompany,
                           ShowRecordUseCase<CompanyId, Company> showCompany,
                           ListCompaniesUseCase listCompanies,
                           ListCompanyContactsUseCase listCompanyContacts,
                           CreateTaskLabelUseCase createTaskLabel,
                           EditTaskLabelUseCase editTaskLabel,
                           DeleteTaskLabelUseCase deleteTaskLabel,
                           ListTaskLabelsUseCase listTaskLabels,
                           ShowRecordUseCase<TaskLabelId, TaskLabel> showTaskLabel,
                           ListActivityUseCase listActivity,
                           ProjectUseCases projects,
                           TaskUseCases tasks,
                           TimeEntryUseCases timeEntries) {
    public RestUseCases {
        if (Stream.of(authenticate, authorize, createContact, editContact, deleteContact, restoreContact, showContact,
                listContacts, createCompany, editCompany, deleteCompany, restoreCompany, showCompany, listCompanies,
                listCompanyContacts, createTaskLabel, editTaskLabel, deleteTaskLabel, listTaskLabels, showTaskLabel, listActivity,
                projects, tasks, timeEntries)
                .anyMatch(java.util.Objects::isNull)) {
            throw new IllegalArgumentException("every use case of the HTTP API is wired");
        }
    }
}
