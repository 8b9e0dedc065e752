package dev.crmkit.examples.web;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The crmkit example web app: REST API under {@code /api/v1}, server-rendered pages and the chat.
 * By default it runs on an H2 file database under {@code ~/.crmkit/web}, seeded with sample data;
 * {@code spring.datasource.*} and {@code crm.storage} move it to PostgreSQL or MariaDB and to the
 * other adapter.
 */
@SpringBootApplication(scanBasePackages = "dev.crmkit.examples.web")
@ConfigurationPropertiesScan
public class CrmWebApplication {

    public static void main(String[] args) {
        SpringApplication.run(CrmWebApplication.class, args);
    }
}
