package dev.crmkit.jpa.boot.host;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crmkit.core.Crm;
import dev.crmkit.core.contact.Contact;
import dev.crmkit.core.contact.ContactEvent;
import dev.crmkit.core.contact.ContactUpdate;
import dev.crmkit.core.contact.NewContact;
import dev.crmkit.core.kernel.StaleVersionException;
import dev.crmkit.core.storage.CrmStorage;
import dev.crmkit.jpa.spring.SpringJpaCrmStorage;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A Boot host with crm-jpa and nothing else of crmkit's wiring: one {@code @Transactional} method
 * is atomic across the host's row and crmkit's contact, and crmkit's events arrive after the
 * host's commit. The context starts with {@code ddl-auto=validate}, so crmkit's tables were
 * migrated before the host's JPA validated. Subclasses pick the database.
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
abstract class HostApplicationContract {

    @Autowired
    SignUps signUps;

    @Autowired
    OrderRepository orders;

    @Autowired
    Crm crm;

    @Autowired
    CrmStorage storage;

    @Autowired
    EventLog events;

    @Autowired
    PlatformTransactionManager transactionManager;

    @BeforeEach
    void startEmpty() {
        orders.deleteAll();
        events.clear();
    }

    @Test
    void should_join_the_hosts_transactions_through_the_auto_configuration() {
        assertThat(storage).isInstanceOf(SpringJpaCrmStorage.class);
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

    @Test
    void should_report_an_update_that_lost_a_race_inside_the_hosts_transaction_to_the_host() {
        Contact contact = crm.contacts().create(NewContact.of("Ada", "Lovelace", unique()));

        // The host's transaction reads the contact (its entity manager keeps it), another commits a
        // change, then the host's update, naming no version, writes over what it read: a lost race
        // the host hears of at once, in its transaction, which rolls back; the other's write stands.
        assertThatThrownBy(() -> new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
                    crm.contacts().getById(contact.id());
                    CompletableFuture.runAsync(() -> crm.contacts()
                                    .update(
                                            contact.id(),
                                            ContactUpdate.builder()
                                                    .phone("other")
                                                    .build()))
                            .join();
                    crm.contacts()
                            .update(
                                    contact.id(),
                                    ContactUpdate.builder().phone("mine").build());
                }))
                .isInstanceOf(StaleVersionException.class);

        assertThat(crm.contacts().getById(contact.id()).phone()).isEqualTo("other");
    }

    private static String unique() {
        return "buyer-" + UUID.randomUUID() + "@example.com";
    }
}
