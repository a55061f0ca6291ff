package com.vecton.crm.adapter.out.persistence.label;

import static com.vecton.crm.domain.testing.TaskLabelDetailsBuilder.aLabel;

import com.vecton.crm.adapter.out.persistence.Persistence;
import com.vecton.crm.adapter.out.persistence.testing.RecordStoreContract;
import com.vecton.crm.application.port.out.RecordStore;
import com.vecton.crm.domain.label.TaskLabel;
import com.vecton.crm.domain.label.TaskLabelEdit;
import com.vecton.crm.domain.label.TaskLabelId;
import java.time.Instant;
import java.util.List;

/** The store contract on task labels, which are deleted for good (so the soft-delete part does not apply). */
class TaskLabelStoreContractTest extends RecordStoreContract<TaskLabelId, TaskLabel> {

    @Override
    protected String table() {
        return "task_labels";
    }

    @Override
    protected RecordStore<TaskLabelId, TaskLabel> storeOn(Persistence db) {
        return db.taskLabels();
    }

    @Override
    protected TaskLabel newRecord(TaskLabelId id) {
        return TaskLabel.create(
                id, aLabel().named("Blocked").coloured("#ff0000").build(), CREATOR, T0);
    }

    @Override
    protected TaskLabel changed(TaskLabel label, Instant now) {
        return label.edit(
                TaskLabelEdit.replacingWith(aLabel().named("Blocked by legal").build()), now);
    }

    @Override
    protected TaskLabelId idOf(TaskLabel label) {
        return label.id();
    }

    @Override
    protected Object stateOf(TaskLabel label) {
        return List.of(label.id(), label.details(), label.createdBy(), label.createdAt(), label.updatedAt());
    }
}
