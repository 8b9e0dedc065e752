package dev.crmkit.jpa;

import dev.crmkit.core.customfield.CustomFieldFilter;
import dev.crmkit.core.schema.Dialect;
import dev.crmkit.core.storage.jdbc.CustomFieldSql;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.hibernate.dialect.H2Dialect;
import org.hibernate.dialect.MariaDBDialect;
import org.hibernate.dialect.MySQLDialect;
import org.hibernate.dialect.PostgreSQLDialect;
import org.hibernate.engine.spi.SessionFactoryImplementor;

/**
 * The custom field filters of a query in JPQL: crm-core's per-dialect condition ({@link
 * CustomFieldSql}) inside Hibernate's {@code sql()} function, as {@code cast(sql('CASE WHEN ... THEN 1
 * ELSE 0 END', e.customFields, :cf0_0, ...) as Integer) = 1}, every value a bound parameter.
 */
final class CustomFieldJpql {

    private CustomFieldJpql() {}

    /** Adds one condition per filter to a query over entities aliased {@code e}. */
    static void filter(JpqlFilter filter, EntityManager em, List<CustomFieldFilter> filters) {
        if (filters.isEmpty()) {
            return;
        }
        Dialect dialect = dialect(em);
        for (int i = 0; i < filters.size(); i++) {
            CustomFieldSql.Condition condition = CustomFieldSql.condition(dialect, filters.get(i));
            StringBuilder jpql = new StringBuilder("cast(sql('CASE WHEN ")
                    .append(condition.sql().replace("'", "''"))
                    .append(" THEN 1 ELSE 0 END', e.customFields");
            List<Object> parameters = condition.parameters();
            for (int p = 0; p < parameters.size(); p++) {
                String name = "cf" + i + "_" + p;
                jpql.append(", :").append(name);
                filter.bind(name, parameters.get(p));
            }
            filter.and(jpql.append(") as Integer) = 1").toString());
        }
    }

    private static Dialect dialect(EntityManager em) {
        org.hibernate.dialect.Dialect dialect = em.getEntityManagerFactory()
                .unwrap(SessionFactoryImplementor.class)
                .getJdbcServices()
                .getDialect();
        if (dialect instanceof PostgreSQLDialect) {
            return Dialect.POSTGRESQL;
        }
        if (dialect instanceof MariaDBDialect || dialect instanceof MySQLDialect) {
            return Dialect.MARIADB;
        }
        if (dialect instanceof H2Dialect) {
            return Dialect.H2;
        }
        return Dialect.ofProductName(dialect.getClass().getSimpleName());
    }
}
