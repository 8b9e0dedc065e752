package dev.crmkit.mybatis.boot.host;

import org.springframework.test.context.TestPropertySource;

/** The Boot host on H2. */
@TestPropertySource(properties = "host.database=H2")
class HostOnH2Test extends MyBatisHostContract {}
