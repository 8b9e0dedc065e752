package dev.crmkit.examples.web.security;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The {@code crm.web.*} settings.
 *
 * @param adminPassword the password of the {@code admin} user created on the first start (no users
 *     yet), also {@code CRM_WEB_ADMIN_PASSWORD}; without it a random one is generated and logged once
 */
@ConfigurationProperties("crm.web")
public record WebSecurityProperties(@Nullable String adminPassword) {

    @Override
    public String toString() {
        return "WebSecurityProperties[adminPassword=" + (adminPassword == null ? "none" : "***") + "]";
    }
}
