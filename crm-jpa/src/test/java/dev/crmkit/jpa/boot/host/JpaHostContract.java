package dev.crmkit.jpa.boot.host;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crmkit.core.contact.Contact;
import dev.crmkit.core.contact.ContactUpdate;
import dev.crmkit.core.contact.NewContact;
import dev.crmkit.core.contract.host.HostApplicationContract;
import dev.crmkit.core.kernel.StaleVersionException;
import dev.crmkit.core.storage.CrmStorage;
import dev.crmkit.jpa.spring.SpringJpaCrmStorage;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The Boot host with crm-jpa: the kit's host contract, and a lost race inside the host's transaction,
 * which only an adapter whose entity manager keeps what it read can run into.
 */
abstract class JpaHostContract extends HostApplicationContract {

    @Autowired
    PlatformTransactionManager transactionManager;

    @Override
    protected Class<? extends CrmStorage> joiningStorage() {
        return SpringJpaCrmStorage.class;
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
}
