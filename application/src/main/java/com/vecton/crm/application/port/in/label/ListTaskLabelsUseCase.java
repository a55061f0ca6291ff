package com.vecton.crm.application.port.in.label;

import com.vecton.crm.domain.label.TaskLabel;
import com.vecton.crm.domain.label.TaskLabelQuery;
import com.vecton.crm.domain.listing.Page;
import com.vecton.crm.domain.listing.PageRequest;

/** Browse and search the tenant's task labels. */
public interface ListTaskLabelsUseCase {

    Page<TaskLabel> list(TaskLabelQuery query, PageRequest page);
}
