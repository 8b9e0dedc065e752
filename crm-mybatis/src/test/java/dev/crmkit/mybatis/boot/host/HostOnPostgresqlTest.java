package dev.crmkit.mybatis.boot.host;

import org.springframework.test.context.TestPropertySource;

/** The Boot host on PostgreSQL. */
@TestPropertySource(properties = "host.database=POSTGRESQL")
class HostOnPostgresqlTest extends MyBatisHostContract {}
