package dev.crmkit.core.contract.host;

import dev.crmkit.core.event.CrmEvent;
import dev.crmkit.core.event.CrmEventListener;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.sql.DataSource;
import org.springframework.stereotype.Component;

/**
 * The host's listener bean, registered by the auto-configuration. With each event it notes how
 * many host orders another connection sees: committed ones only.
 */
@Component
public class EventLog implements CrmEventListener {

    private final DataSource dataSource;
    private final List<CrmEvent> events = new CopyOnWriteArrayList<>();
    private final List<Long> committedOrders = new CopyOnWriteArrayList<>();

    EventLog(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void onEvent(CrmEvent event) {
        events.add(event);
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM host_order")) {
            rows.next();
            committedOrders.add(rows.getLong(1));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public List<CrmEvent> events() {
        return List.copyOf(events);
    }

    /** For each event, the host orders committed when it was delivered. */
    public List<Long> committedOrders() {
        return List.copyOf(committedOrders);
    }

    public void clear() {
        events.clear();
        committedOrders.clear();
    }
}
