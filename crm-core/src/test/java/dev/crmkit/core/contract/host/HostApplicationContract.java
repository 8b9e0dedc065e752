package dev.crmkit.core.contract.host;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crmkit.core.Crm;
import dev.crmkit.core.contact.Contact;
import dev.crmkit.core.contact.ContactEvent;
import dev.crmkit.core.storage.CrmStorage;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A Boot host with one crmkit adapter and nothing else of crmkit's wiring: one {@code @Transactional} method
 * is atomic across the host's row and crmkit's contact, and crmkit's events arrive after the
 * host's commit. The context starts with {@code ddl-auto=validate}, so crmkit's tables were
 * migrated before the host's JPA validated. Each adapter's subclass names its storage; theirs pick the
 * database ({@code host.database}).
 */
@SpringBootTest(
        classes = HostApplication.class,
        properties = {
            "spring.jpa.hibernate.ddl-auto=validate",
            "spring.flyway.locations=classpath:db/host/{vendor}",
            // crmkit's migration may run first: the host's Flyway then baselines below its V1.
            "spring.flyway.baseline-on-migrate=true",
            "spring.flyway.baseline-version=0"
        })
public abstract class HostApplicationContract {

    @Autowired
    SignUps signUps;

    @Autowired
    OrderRepository orders;

    @Autowired
    protected Crm crm;

    @Autowired
    CrmStorage storage;

    @Autowired
    EventLog events;

    @BeforeEach
    void startEmpty() {
        orders.deleteAll();
        events.clear();
    }

    @Test
    void should_join_the_hosts_transactions_through_the_auto_configuration() {
        assertThat(storage).isInstanceOf(joiningStorage());
    }

    @Test
    void should_roll_back_the_hosts_row_and_the_contact_together() {
        String email = unique();

        assertThatThrownBy(() -> signUps.signUp(email, true)).isInstanceOf(IllegalStateException.class);

        assertThat(orders.count()).isZero();
        assertThat(crm.contacts().findByEmail(email)).isEmpty();
        assertThat(events.events()).isEmpty();
    }

    @Test
    void should_commit_both_and_publish_once_after_the_hosts_commit() {
        String email = unique();

        Contact contact = signUps.signUp(email, false);

        assertThat(orders.count()).isEqualTo(1);
        assertThat(crm.contacts().findByEmail(email)).contains(contact);
        assertThat(events.events()).containsExactly(new ContactEvent.Created(contact, contact.createdAt()));
        assertThat(events.committedOrders()).containsExactly(1L);
    }

    /** {@return the adapter's storage that joins a host's Spring-managed transactions} */
    protected abstract Class<? extends CrmStorage> joiningStorage();

    /** {@return an email no other test uses} */
    protected static String unique() {
        return "buyer-" + UUID.randomUUID() + "@example.com";
    }
}
