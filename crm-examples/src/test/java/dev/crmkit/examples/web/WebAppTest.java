package dev.crmkit.examples.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The web app on a random port over an empty in-memory H2 database, without sample data. Test
 * classes with this annotation share one application context (Spring caches it), so each test
 * creates the data it needs, with unique emails, and never assumes the database is empty. The first
 * user is {@link ApiClient#ADMIN} with {@link ApiClient#ADMIN_PASSWORD}, which {@link ApiClient}
 * uses by default.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.datasource.url=jdbc:h2:mem:crm-web-test;DB_CLOSE_DELAY=-1",
            "crm.seed=false",
            "crm.api.max-body-size=65536",
            "crm.web.admin-password=" + ApiClient.ADMIN_PASSWORD
        })
public @interface WebAppTest {}
