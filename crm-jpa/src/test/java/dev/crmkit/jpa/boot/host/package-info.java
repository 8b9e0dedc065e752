/** The kit's Spring Boot host application, with crm-jpa on its class path. */
@NullMarked
package dev.crmkit.jpa.boot.host;

import org.jspecify.annotations.NullMarked;
