package dev.crmkit.mybatis.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crmkit.core.activity.ActivityType;
import dev.crmkit.core.kernel.ValidationException;
import dev.crmkit.core.task.TaskStatus;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import org.apache.ibatis.type.TypeHandler;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What the key and seconds handlers write and read back, through a real JDBC statement (H2). */
class TypeHandlersTest {

    private Connection connection;

    @BeforeEach
    void connect() throws SQLException {
        connection = DriverManager.getConnection("jdbc:h2:mem:");
    }

    @AfterEach
    void disconnect() throws SQLException {
        connection.close();
    }

    @Test
    void should_store_an_enum_as_its_key_and_read_the_key_back() throws SQLException {
        var handler = new KeyedEnumTypeHandler<>(TaskStatus.class);

        assertThat(roundTrip(handler, TaskStatus.IN_PROGRESS, "VARCHAR")).isEqualTo(TaskStatus.IN_PROGRESS);
        assertThat(stored(handler, TaskStatus.IN_PROGRESS, "VARCHAR")).isEqualTo("in_progress");
        assertThat(roundTrip(handler, null, "VARCHAR")).isNull();
    }

    @Test
    void should_refuse_a_stored_value_that_is_no_key_as_the_enum_does() throws SQLException {
        var handler = new KeyedEnumTypeHandler<>(ActivityType.class);

        try (PreparedStatement ps = connection.prepareStatement("SELECT 'visit' AS v");
                ResultSet rs = ps.executeQuery()) {
            rs.next();
            assertThatThrownBy(() -> handler.getResult(rs, "v"))
                    .isInstanceOf(ValidationException.class)
                    .hasMessageContaining("note, call, email, meeting");
        }
    }

    @Test
    void should_refuse_an_enum_without_keys() {
        assertThatThrownBy(() -> new KeyedEnumTypeHandler<>(java.time.DayOfWeek.class))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void should_store_a_duration_as_whole_seconds_and_no_duration_as_null() throws SQLException {
        var handler = new DurationSecondsTypeHandler();

        assertThat(roundTrip(handler, Duration.ofMinutes(90), "INTEGER")).isEqualTo(Duration.ofMinutes(90));
        assertThat(stored(handler, Duration.ofMinutes(90), "INTEGER")).isEqualTo(5400);
        assertThat(roundTrip(handler, null, "INTEGER")).isNull();
    }

    private <T> @Nullable T roundTrip(TypeHandler<T> handler, @Nullable T value, String sqlType) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("SELECT CAST(? AS " + sqlType + ") AS v")) {
            handler.setParameter(ps, 1, value, null);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return handler.getResult(rs, "v");
            }
        }
    }

    private <T> @Nullable Object stored(TypeHandler<T> handler, T value, String sqlType) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("SELECT CAST(? AS " + sqlType + ") AS v")) {
            handler.setParameter(ps, 1, value, null);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getObject("v");
            }
        }
    }
}
