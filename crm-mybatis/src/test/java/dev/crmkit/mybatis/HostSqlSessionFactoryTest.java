package dev.crmkit.mybatis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crmkit.core.schema.CrmSchema;
import dev.crmkit.core.testing.IsolatedDatabase;
import dev.crmkit.core.testing.TestDatabase;
import dev.crmkit.mybatis.testing.HostConfigurations;
import java.time.Instant;
import org.apache.ibatis.session.Configuration;
import org.apache.ibatis.session.SqlSessionFactoryBuilder;
import org.apache.ibatis.type.InstantTypeHandler;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Building the adapter over a host's own MyBatis setup: what the host must do, and what it keeps. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostSqlSessionFactoryTest {

    private IsolatedDatabase database;

    @BeforeAll
    void openDatabase() {
        database = TestDatabase.H2.open();
        CrmSchema.migrate(database.dataSource());
    }

    @AfterAll
    void closeDatabase() {
        database.close();
    }

    @Test
    void should_refuse_a_factory_without_the_crmkit_mappers_and_say_how_to_register_them() {
        Configuration configuration = HostConfigurations.plain(database.dataSource());
        configuration.setDatabaseId(MyBatisCrmMappers.H2);

        assertThatThrownBy(() -> MyBatisCrmStorage.create(new SqlSessionFactoryBuilder().build(configuration)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("MyBatisCrmMappers.registerWith");
    }

    @Test
    void should_refuse_a_factory_without_a_databaseId_crmkit_knows() {
        Configuration configuration = HostConfigurations.plain(database.dataSource());
        MyBatisCrmMappers.registerWith(configuration);
        configuration.setDatabaseId("H2");

        assertThatThrownBy(() -> MyBatisCrmStorage.create(new SqlSessionFactoryBuilder().build(configuration)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("databaseId is H2")
                .hasMessageContaining("databaseIdProvider()");
    }

    @Test
    void should_name_the_supported_databases_with_the_ids_the_mappers_test() {
        assertThat(HostConfigurations.databaseId(database.dataSource())).isEqualTo(MyBatisCrmMappers.H2);
    }

    @Test
    void should_leave_the_hosts_own_instant_mapping_alone() {
        Configuration configuration = HostConfigurations.plain(database.dataSource());

        MyBatisCrmMappers.registerWith(configuration);

        assertThat(configuration.getTypeHandlerRegistry().getTypeHandler(Instant.class))
                .isInstanceOf(InstantTypeHandler.class);
    }

    @Test
    void should_register_once_however_often_it_is_asked() {
        Configuration configuration = HostConfigurations.plain(database.dataSource());
        configuration.setDatabaseId(MyBatisCrmMappers.H2);

        MyBatisCrmMappers.registerWith(configuration);
        int statements = configuration.getMappedStatementNames().size();
        MyBatisCrmMappers.registerWith(configuration);

        assertThat(configuration.getMappedStatementNames()).hasSize(statements);
        assertThat(MyBatisCrmStorage.create(new SqlSessionFactoryBuilder().build(configuration)))
                .isNotNull();
    }
}
