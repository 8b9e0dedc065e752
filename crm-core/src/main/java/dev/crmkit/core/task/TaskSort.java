package dev.crmkit.core.task;

import static dev.crmkit.core.query.SortSpec.optional;
import static dev.crmkit.core.query.SortSpec.required;

import dev.crmkit.core.query.SortField;
import dev.crmkit.core.query.SortSpec;
import dev.crmkit.core.query.SortValueType;

/** The fields tasks can be sorted by. {@link #PRIORITY} orders low &lt; medium &lt; high &lt; urgent. */
public enum TaskSort implements SortField<Task> {
    /** Sorts by {@code id}. */
    ID(required("id", SortValueType.LONG, Task::id)),
    /** Sorts by {@code title}. */
    TITLE(required("title", SortValueType.STRING, Task::title)),
    /** Sorts by {@code priority}. */
    PRIORITY(SortSpec.<Task>required(
                    "priority", SortValueType.INT, task -> task.priority().rank())
            .onColumn("priority_rank")),
    /** Sorts by {@code due_date}. */
    DUE_DATE(optional("due_date", SortValueType.DATE, Task::dueDate)),
    /** Sorts by {@code completed_at}; open tasks have none. */
    COMPLETED_AT(optional("completed_at", SortValueType.INSTANT, Task::completedAt)),
    /** Sorts by {@code created_at}. */
    CREATED_AT(required("created_at", SortValueType.INSTANT, Task::createdAt)),
    /** Sorts by {@code updated_at}. */
    UPDATED_AT(required("updated_at", SortValueType.INSTANT, Task::updatedAt));

    private final SortSpec<Task> spec;

    TaskSort(SortSpec<Task> spec) {
        this.spec = spec;
    }

    @Override
    public SortSpec<Task> spec() {
        return spec;
    }
}
