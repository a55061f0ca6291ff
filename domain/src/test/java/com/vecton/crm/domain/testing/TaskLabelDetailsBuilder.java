package com.vecton.crm.domain.testing;

import com.vecton.crm.domain.label.TaskLabelDetails;

/** Test data: valid {@link TaskLabelDetails}, changed only where a test cares. */
public final class TaskLabelDetailsBuilder {
    private String name = "Urgent";
    private String color;

    private TaskLabelDetailsBuilder() {}

    public static TaskLabelDetailsBuilder aLabel() {
        return new TaskLabelDetailsBuilder();
    }

    public TaskLabelDetailsBuilder named(String name) {
        this.name = name;
        return this;
    }

    /** {@code #RRGGBB}; absent, the label is grey. */
    public TaskLabelDetailsBuilder coloured(String color) {
        this.color = color;
        return this;
    }

    public TaskLabelDetails build() {
        return new TaskLabelDetails(name, color);
    }
}
