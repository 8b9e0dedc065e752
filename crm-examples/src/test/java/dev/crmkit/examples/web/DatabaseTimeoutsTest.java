package dev.crmkit.examples.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The driver timeouts reach each driver in its own unit, and never override the user's own. */
class DatabaseTimeoutsTest {

    private final DatabaseTimeouts timeouts = new DatabaseTimeouts(Duration.ofMillis(4500), Duration.ofSeconds(10));

    @Test
    void should_give_postgresql_its_timeouts_in_whole_seconds() {
        HikariDataSource pool = pool("jdbc:postgresql://db:5432/crm");

        timeouts.applyTo(pool);

        assertThat(pool.getDataSourceProperties())
                .containsEntry("connectTimeout", "5")
                .containsEntry("socketTimeout", "10");
    }

    @Test
    void should_give_mariadb_its_timeouts_in_milliseconds() {
        HikariDataSource pool = pool("jdbc:mariadb://db:3306/crm");

        timeouts.applyTo(pool);

        assertThat(pool.getDataSourceProperties())
                .containsEntry("connectTimeout", "4500")
                .containsEntry("socketTimeout", "10000");
    }

    @Test
    void should_keep_a_timeout_the_url_or_the_properties_already_set() {
        HikariDataSource pool = pool("jdbc:postgresql://db:5432/crm?socketTimeout=60");
        pool.addDataSourceProperty("connectTimeout", "2");

        timeouts.applyTo(pool);

        assertThat(pool.getDataSourceProperties())
                .containsEntry("connectTimeout", "2")
                .doesNotContainKey("socketTimeout");
    }

    @Test
    void should_leave_embedded_h2_alone() {
        HikariDataSource pool = pool("jdbc:h2:mem:timeouts");

        timeouts.applyTo(pool);

        assertThat(pool.getDataSourceProperties()).isEmpty();
    }

    private static HikariDataSource pool(String url) {
        HikariDataSource pool = new HikariDataSource();
        pool.setJdbcUrl(url);
        return pool;
    }
}
