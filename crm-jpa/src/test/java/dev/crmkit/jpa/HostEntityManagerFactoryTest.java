package dev.crmkit.jpa;

import static dev.crmkit.core.contract.TestData.aContact;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crmkit.core.Crm;
import dev.crmkit.core.contact.Contact;
import dev.crmkit.core.schema.CrmSchema;
import dev.crmkit.core.testing.IsolatedDatabase;
import dev.crmkit.core.testing.MutableClock;
import dev.crmkit.core.testing.TestDatabase;
import jakarta.persistence.EntityManagerFactory;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.jpa.HibernatePersistenceConfiguration;
import org.junit.jupiter.api.Test;

/**
 * The adapter over an entity manager factory the host built and owns: it works, leaves the
 * factory open, keeps instants in UTC even when the host did not ask for it, and says clearly
 * what is missing when the factory does not know crmkit's entities.
 */
class HostEntityManagerFactoryTest {

    @Test
    void should_run_over_a_host_factory_configured_for_crmkit_and_leave_it_open() {
        try (IsolatedDatabase database = TestDatabase.H2.open()) {
            CrmSchema.migrate(database.dataSource());
            EntityManagerFactory host = JpaCrmStorage.configure(new HibernatePersistenceConfiguration("host"))
                    .property(AvailableSettings.JAKARTA_NON_JTA_DATASOURCE, database.dataSource())
                    .createEntityManagerFactory();
            try (host) {
                Crm crm = Crm.builder().storage(JpaCrmStorage.create(host)).build();
                Contact created = crm.contacts().create(aContact().build());
                crm.close();

                assertThat(host.isOpen()).isTrue();
                assertThat(Crm.builder()
                                .storage(JpaCrmStorage.create(host))
                                .build()
                                .contacts()
                                .getById(created.id()))
                        .isEqualTo(created);
            }
        }
    }

    @Test
    void should_keep_instants_in_utc_over_a_host_factory_that_did_not_set_a_jdbc_time_zone() throws SQLException {
        try (IsolatedDatabase database = TestDatabase.MARIADB.open()) {
            CrmSchema.migrate(database.dataSource());
            EntityManagerFactory host = hostFactoryWithoutTimeZone(database.dataSource());
            try (host) {
                MutableClock clock = MutableClock.atDefaultStart();
                Crm crm = Crm.builder()
                        .storage(JpaCrmStorage.create(host))
                        .clock(clock)
                        .build();

                Contact created = crm.contacts().create(aContact().build());

                assertThat(crm.contacts().getById(created.id()).createdAt()).isEqualTo(clock.instant());
                assertThat(rawCreatedAt(database.dataSource(), created.id())).isEqualTo("2026-03-02 09:00:00.123456");
            }
        }
    }

    @Test
    void should_say_what_is_missing_when_the_host_factory_lacks_crmkits_entities() {
        try (IsolatedDatabase database = TestDatabase.H2.open()) {
            EntityManagerFactory host = new HibernatePersistenceConfiguration("bare")
                    .property(AvailableSettings.JAKARTA_NON_JTA_DATASOURCE, database.dataSource())
                    .createEntityManagerFactory();
            try (host) {
                assertThatThrownBy(() -> JpaCrmStorage.create(host))
                        .isInstanceOf(IllegalArgumentException.class)
                        .hasMessageContaining("JpaCrmStorage.entityClasses()");
            }
        }
    }

    private static EntityManagerFactory hostFactoryWithoutTimeZone(DataSource dataSource) {
        return new HibernatePersistenceConfiguration("host")
                .managedClasses(JpaCrmStorage.entityClasses())
                .property(AvailableSettings.JAKARTA_NON_JTA_DATASOURCE, dataSource)
                .createEntityManagerFactory();
    }

    private static String rawCreatedAt(DataSource dataSource, long id) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("SELECT created_at FROM crm_contact WHERE id = " + id)) {
            row.next();
            return row.getString(1);
        }
    }
}
