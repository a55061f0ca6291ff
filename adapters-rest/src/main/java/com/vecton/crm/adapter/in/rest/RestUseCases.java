package com.vecton.crm.adapter.in.rest;

import com.vecton.crm.application.port.in.access.AuthenticateCallerUseCase;
import com.vecton.crm.application.port.in.access.AuthorizeActionUseCase;
import com.vecton.crm.application.port.in.audit.ListActivityUseCase;
import com.vecton.crm.application.port.in.company.CreateCompanyUseCase;
import com.vecton.crm.application.port.in.company.DeleteCompanyUseCase;
import com.vecton.crm.application.port.in.company.EditCompanyUseCase;
import com.vecton.crm.application.port.in.company.ListCompaniesUseCase;
import com.vecton.crm.application.port.in.company.ListCompanyContactsUseCase;
import com.vecton.crm.application.port.in.company.RestoreCompanyUseCase;
import com.vecton.crm.application.port.in.company.ShowCompanyUseCase;
import com.vecton.crm.application.port.in.contact.CreateContactUseCase;
import com.vecton.crm.application.port.in.contact.DeleteContactUseCase;
import com.vecton.crm.application.port.in.contact.EditContactUseCase;
import com.vecton.crm.application.port.in.contact.ListContactsUseCase;
import com.vecton.crm.application.port.in.contact.RestoreContactUseCase;
import com.vecton.crm.application.port.in.contact.ShowContactUseCase;
import com.vecton.crm.application.port.in.label.CreateTaskLabelUseCase;
import com.vecton.crm.application.port.in.label.DeleteTaskLabelUseCase;
import com.vecton.crm.application.port.in.label.EditTaskLabelUseCase;
import com.vecton.crm.application.port.in.label.ListTaskLabelsUseCase;
import com.vecton.crm.application.port.in.label.ShowTaskLabelUseCase;
import com.vecton.crm.adapter.in.rest.project.ProjectUseCases;
import com.vecton.crm.adapter.in.rest.task.TaskUseCases;
import com.vecton.crm.adapter.in.rest.time.TimeEntryUseCases;
import java.util.stream.Stream;

/** Every application in-port the HTTP API drives; bootstrap builds one and hands it to {@link RestApi}. */
public record RestUseCases(AuthenticateCallerUseCase authenticate,
                           AuthorizeActionUseCase authorize,
                           CreateContactUseCase createContact,
                           EditContactUseCase editContact,
                           DeleteContactUseCase deleteContact,
                           RestoreContactUseCase restoreContact,
                           ShowContactUseCase showContact,
                           ListContactsUseCase listContacts,
                           CreateCompanyUseCase createCompany,
                           EditCompanyUseCase editCompany,
                           DeleteCompanyUseCase deleteCompany,
                           RestoreCompanyUseCase restoreCompany,
                           ShowCompanyUseCase showCompany,
                           ListCompaniesUseCase listCompanies,
                           ListCompanyContactsUseCase listCompanyContacts,
                           CreateTaskLabelUseCase createTaskLabel,
                           EditTaskLabelUseCase editTaskLabel,
                           DeleteTaskLabelUseCase deleteTaskLabel,
                           ListTaskLabelsUseCase listTaskLabels,
                           ShowTaskLabelUseCase showTaskLabel,
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
