package com.vecton.crm.application.service.label;

import com.vecton.crm.application.port.in.label.ListTaskLabelsUseCase;
import com.vecton.crm.application.port.out.TaskLabelRepository;
import com.vecton.crm.domain.label.TaskLabel;
import com.vecton.crm.domain.label.TaskLabelQuery;
import com.vecton.crm.domain.listing.Page;
import com.vecton.crm.domain.listing.PageRequest;

/** Lists and searches task labels. */
public final class ListTaskLabelsService implements ListTaskLabelsUseCase {
    private final TaskLabelRepository labels;

    public ListTaskLabelsService(TaskLabelRepository labels) {
        this.labels = labels;
    }

    @Override
    public Page<TaskLabel> list(TaskLabelQuery query, PageRequest page) {
        return labels.search(query, page);
    }
}
