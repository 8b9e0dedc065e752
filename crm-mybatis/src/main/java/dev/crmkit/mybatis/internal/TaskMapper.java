package dev.crmkit.mybatis.internal;

import dev.crmkit.core.task.Task;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.apache.ibatis.annotations.Param;
import org.jspecify.annotations.Nullable;

/** The task statements; SQL in {@code TaskMapper.xml}. */
public interface TaskMapper extends QueryMapper<Task, Task, TaskMapper.TaskFilter> {

    /** {@return the rows whose title is one of these} */
    List<Task> findByTitles(@Param("titles") Collection<String> titles);

    /**
     * The filters of a task query; see {@link dev.crmkit.core.task.TaskQuery}.
     *
     * @param statuses status keys; empty means any
     * @param priorities priority keys; empty means any
     * @param overdueOn when only overdue tasks are wanted: today, which their due date is before
     * @param openStatuses the keys of the statuses that count as open, for the overdue filter
     */
    record TaskFilter(
            List<String> statuses,
            List<String> priorities,
            @Nullable Long contactId,
            @Nullable Long dealId,
            @Nullable LocalDate dueBefore,
            @Nullable LocalDate dueAfter,
            @Nullable LocalDate overdueOn,
            List<String> openStatuses)
            implements OgnlRecord {}
}
