package dev.crmkit.jpa;

import jakarta.persistence.PersistenceConfiguration;
import java.util.List;
import javax.sql.DataSource;
import org.hibernate.SessionFactory;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.jpa.HibernatePersistenceConfiguration;

/** Builds the adapter's own entity manager factory over a host's data source, without persistence.xml. */
final class JpaBootstrap {

    static final String PERSISTENCE_UNIT = "crmkit";

    static final List<Class<?>> ENTITIES = List.of(
            ContactEntity.class,
            PipelineEntity.class,
            DealEntity.class,
            TaskEntity.class,
            CompanyEntity.class,
            ActivityEntity.class,
            DealStageChangeEntity.class,
            TagEntity.class,
            TaggingEntity.class);

    private JpaBootstrap() {}

    static SessionFactory sessionFactory(DataSource dataSource) {
        HibernatePersistenceConfiguration configuration = new HibernatePersistenceConfiguration(PERSISTENCE_UNIT);
        configure(configuration);
        configuration
                .property(AvailableSettings.JAKARTA_NON_JTA_DATASOURCE, dataSource)
                // The schema belongs to crm-core's Flyway migrations: check the mapping against
                // it at start, never create or alter a table.
                .property(AvailableSettings.HBM2DDL_AUTO, "validate")
                // crmkit's services validate every write and its entities carry no Bean Validation
                // constraints: with a validator on the class path (a Spring Boot host often has one)
                // Hibernate would otherwise build the validator's metadata of every entity at start
                // (a tenth of this bootstrap) to find none.
                .property(AvailableSettings.JAKARTA_VALIDATION_MODE, "NONE");
        return configuration.createEntityManagerFactory();
    }

    /** What any persistence unit that hosts the adapter needs: the entities and UTC timestamps. */
    static <C extends PersistenceConfiguration> C configure(C configuration) {
        ENTITIES.forEach(configuration::managedClass);
        configuration
                .property(AvailableSettings.JDBC_TIME_ZONE, "UTC")
                // Dates go to the driver as LocalDate, not as java.sql.Date at midnight in the
                // JVM's zone, which historical zone offsets (1900 in Pacific/Chatham) shift a day.
                .property(AvailableSettings.JAVA_TIME_USE_DIRECT_JDBC, true)
                // Stage rows of a pipeline are written in one batch per statement shape.
                .property(AvailableSettings.STATEMENT_BATCH_SIZE, 50)
                .property(AvailableSettings.IN_CLAUSE_PARAMETER_PADDING, true);
        return configuration;
    }
}
