package dev.crmkit.mybatis.testing;

import dev.crmkit.mybatis.MyBatisCrmMappers;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.apache.ibatis.mapping.Environment;
import org.apache.ibatis.session.AutoMappingBehavior;
import org.apache.ibatis.session.AutoMappingUnknownColumnBehavior;
import org.apache.ibatis.session.Configuration;
import org.apache.ibatis.session.ExecutorType;
import org.apache.ibatis.session.SqlSessionFactory;
import org.apache.ibatis.session.SqlSessionFactoryBuilder;
import org.apache.ibatis.transaction.jdbc.JdbcTransactionFactory;
import org.apache.ibatis.type.JdbcType;

/** MyBatis setups a host application might have, for building the adapter over its factory. */
public final class HostConfigurations {

    private HostConfigurations() {}

    /** A plain host configuration, without the crmkit mappers or a databaseId. */
    public static Configuration plain(DataSource dataSource) {
        return new Configuration(new Environment("host", new JdbcTransactionFactory(), dataSource));
    }

    /**
     * A host that registered the crmkit mappers the documented way, but whose settings differ from
     * MyBatis's defaults everywhere crmkit could be affected: auto-mapping, batching, nulls.
     */
    public static SqlSessionFactory opinionated(DataSource dataSource) {
        Configuration configuration = plain(dataSource);
        configuration.setMapUnderscoreToCamelCase(true);
        configuration.setAutoMappingBehavior(AutoMappingBehavior.FULL);
        configuration.setAutoMappingUnknownColumnBehavior(AutoMappingUnknownColumnBehavior.FAILING);
        configuration.setDefaultExecutorType(ExecutorType.BATCH);
        configuration.setJdbcTypeForNull(JdbcType.NULL);
        configuration.setCallSettersOnNulls(true);
        configuration.setReturnInstanceForEmptyRow(true);
        // The order of a Spring ConfigurationCustomizer: mappers first, the databaseId afterwards.
        MyBatisCrmMappers.registerWith(configuration);
        configuration.setDatabaseId(databaseId(dataSource));
        return new SqlSessionFactoryBuilder().build(configuration);
    }

    public static String databaseId(DataSource dataSource) {
        try {
            return MyBatisCrmMappers.databaseIdProvider().getDatabaseId(dataSource);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
