package dev.crmkit.jpa.boot.host;

import org.springframework.test.context.TestPropertySource;

/** The Boot host on MariaDB. */
@TestPropertySource(properties = "host.database=MARIADB")
class HostOnMariadbTest extends JpaHostContract {}
