package com.vecton.crm.application.port.out;

import com.vecton.crm.domain.label.TaskLabel;
import com.vecton.crm.domain.label.TaskLabelId;
import com.vecton.crm.domain.label.TaskLabelQuery;
import com.vecton.crm.domain.listing.Page;
import com.vecton.crm.domain.listing.PageRequest;
import java.util.Optional;

/** Where task labels are kept. Names are unique case-insensitively, guarded by storage itself. */
public interface TaskLabelRepository {

    /** A fresh id for a label about to be created. */
    TaskLabelId nextId();

    /**
     * Inserts a new label or overwrites the stored one with the same id.
     *
     * @throws com.vecton.crm.domain.problem.RuleViolated {@code label_name_taken} when another label
     *         has the name; also when that label was saved by a concurrent transaction a moment ago
     */
    void save(TaskLabel label);

    /** A label. */
    Optional<TaskLabel> findById(TaskLabelId id);

    /** A label, locked against concurrent changes until the surrounding transaction ends. */
    Optional<TaskLabel> lockById(TaskLabelId id);

    /** Removes a label; a label that is not there is left alone. */
    void delete(TaskLabelId id);

    /** One page of labels matching the query, with the total number of matches. */
    Page<TaskLabel> search(TaskLabelQuery query, PageRequest page);
}
