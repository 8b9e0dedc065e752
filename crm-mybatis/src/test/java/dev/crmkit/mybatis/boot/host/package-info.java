/** The kit's Spring Boot host application, with crm-mybatis on its class path. */
@NullMarked
package dev.crmkit.mybatis.boot.host;

import org.jspecify.annotations.NullMarked;
