package dev.crmkit.core.contract.host;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** The host's own entity. */
@Entity
@Table(name = "host_order")
public class Order {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private String email = "";

    protected Order() {}

    public Order(String email) {
        this.email = email;
    }

    public @Nullable Long getId() {
        return id;
    }

    public String getEmail() {
        return email;
    }
}
