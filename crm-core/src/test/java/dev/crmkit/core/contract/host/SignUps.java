package dev.crmkit.core.contract.host;

import dev.crmkit.core.Crm;
import dev.crmkit.core.contact.Contact;
import dev.crmkit.core.contact.NewContact;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The host's service: one transaction writes its own row and a crmkit contact. */
@Service
public class SignUps {

    private final OrderRepository orders;
    private final Crm crm;

    SignUps(OrderRepository orders, Crm crm) {
        this.orders = orders;
        this.crm = crm;
    }

    /** Saves an order and its buyer as a contact; then fails when asked to, after both writes. */
    @Transactional
    public Contact signUp(String email, boolean failAfterwards) {
        orders.save(new Order(email));
        Contact contact = crm.contacts().create(NewContact.of("Ada", "Lovelace", email));
        if (failAfterwards) {
            throw new IllegalStateException("the host's payment step failed");
        }
        return contact;
    }
}
