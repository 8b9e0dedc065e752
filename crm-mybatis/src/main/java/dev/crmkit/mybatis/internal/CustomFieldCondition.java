package dev.crmkit.mybatis.internal;

import dev.crmkit.core.customfield.CustomFieldFilter;
import dev.crmkit.core.schema.Dialect;
import dev.crmkit.core.storage.jdbc.CustomFieldSql;
import java.util.ArrayList;
import java.util.List;

/**
 * One custom field filter for the mappers' {@code Paging.customFieldFilter} fragment: crm-core's
 * per-dialect condition ({@link CustomFieldSql}) on the {@code custom_fields} column, its
 * placeholders turned into {@code #{c.params[i]}} so that MyBatis binds every value; only the
 * condition's fixed text (and, on H2, a checked key) is pasted with {@code ${c.sql}}.
 *
 * @param sql the condition, with MyBatis parameters
 * @param params the values, in order
 */
record CustomFieldCondition(String sql, List<Object> params) implements OgnlRecord {

    /** The conditions of a query's (resolved) filters. */
    static List<CustomFieldCondition> of(Dialect dialect, List<CustomFieldFilter> filters) {
        List<CustomFieldCondition> conditions = new ArrayList<>(filters.size());
        for (CustomFieldFilter filter : filters) {
            CustomFieldSql.Condition condition = CustomFieldSql.condition(dialect, filter);
            StringBuilder sql = new StringBuilder();
            int param = -1;
            for (char c : condition.sql().toCharArray()) {
                if (c != '?') {
                    sql.append(c);
                } else if (param++ < 0) {
                    sql.append("custom_fields");
                } else {
                    sql.append("#{c.params[").append(param - 1).append("]}");
                }
            }
            conditions.add(new CustomFieldCondition(sql.toString(), condition.parameters()));
        }
        return conditions;
    }
}
