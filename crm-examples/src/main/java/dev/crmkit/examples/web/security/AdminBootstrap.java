package dev.crmkit.examples.web.security;

import dev.crmkit.core.kernel.ConflictException;
import dev.crmkit.core.kernel.ValidationException;
import dev.crmkit.examples.users.AppUsers;
import dev.crmkit.examples.users.Role;
import java.security.SecureRandom;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * On the first start (no user at all) creates {@value #ADMIN} with role ADMIN and the password
 * {@code crm.web.admin-password} ({@code CRM_WEB_ADMIN_PASSWORD}), else a random one that is
 * logged once, at WARN, with the login URL: it is never stored in clear or shown again. When
 * several instances start at once on an empty database, the first insert wins and the others
 * carry on.
 */
@Component
final class AdminBootstrap implements ApplicationRunner {

    static final String ADMIN = "admin";

    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

    private final AppUsers users;
    private final WebSecurityProperties properties;
    private final Environment environment;

    AdminBootstrap(AppUsers users, WebSecurityProperties properties, Environment environment) {
        this.users = users;
        this.properties = properties;
        this.environment = environment;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!users.isEmpty()) {
            return;
        }
        String configured = properties.adminPassword();
        boolean generate = configured == null || configured.isBlank();
        String password = generate ? generatePassword() : configured;
        try {
            users.create(ADMIN, password, Role.ADMIN);
        } catch (ConflictException e) {
            log.debug("another instance created {} first", ADMIN);
            return;
        } catch (ValidationException e) {
            throw new IllegalStateException(
                    "crm.web.admin-password (CRM_WEB_ADMIN_PASSWORD) "
                            + e.errors().getOrDefault("password", "is not valid"),
                    e);
        }
        if (generate) {
            log.warn(
                    "First start: created the user '{}' with the generated password {} (shown only now;"
                            + " set CRM_WEB_ADMIN_PASSWORD to choose it). Log in at {}",
                    ADMIN,
                    password,
                    loginUrl());
        } else {
            log.info(
                    "First start: created the user '{}' with the password from crm.web.admin-password. Log in at {}",
                    ADMIN,
                    loginUrl());
        }
    }

    private String loginUrl() {
        String address = environment.getProperty("server.address", "localhost");
        String host = address.contains(":") ? "[" + address + "]" : address;
        if (host.equals("0.0.0.0") || host.equals("[::]")) {
            host = "localhost";
        }
        return "http://" + host + ":" + environment.getProperty("local.server.port", "8080")
                + environment.getProperty("server.servlet.context-path", "") + "/login";
    }

    private static String generatePassword() {
        byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
