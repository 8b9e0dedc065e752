package dev.crmkit.core.contract.host;

import org.springframework.data.jpa.repository.JpaRepository;

/** The host's Spring Data repository. */
public interface OrderRepository extends JpaRepository<Order, Long> {}
