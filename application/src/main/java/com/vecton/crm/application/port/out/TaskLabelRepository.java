package com.vecton.crm.application.port.out;

import com.vecton.crm.domain.access.Visibility;
import com.vecton.crm.domain.label.TaskLabel;
import com.vecton.crm.domain.label.TaskLabelId;
import com.vecton.crm.domain.label.TaskLabelQuery;
import com.vecton.crm.domain.listing.Page;
import com.vecton.crm.domain.listing.PageRequest;

/**
 * Where task labels are kept. Labels are deleted for good, so every stored one is live. Names are
 * unique case-insensitively, guarded by storage itself.
 */
public interface TaskLabelRepository extends RecordStore<TaskLabelId, TaskLabel> {

    /**
     * Inserts a new label or overwrites the stored one with the same id.
     *
     * @throws com.vecton.crm.domain.problem.RuleViolated {@code label_name_taken} when another label
     *         has the name; also when that label was saved by a concurrent transaction a moment ago
     */
    @Override
    void save(TaskLabel label);

    /** Removes a label; a label that is not there is left alone. */
    void delete(TaskLabelId id);

    /** One page of labels matching the query, with the total number of matches: all of them, unfiltered. */
    default Page<TaskLabel> search(TaskLabelQuery query, PageRequest page) {
        return search(query, Visibility.EVERYTHING, page);
    }

    /**
     * One page of the labels that match the query and that the caller may see, with the total of
     * those. The visibility may test the attributes of {@link TaskLabel#FILTERABLE} and {@link Visibility#ID}.
     */
    Page<TaskLabel> search(TaskLabelQuery query, Visibility visible, PageRequest page);
}
