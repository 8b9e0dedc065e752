/** A Spring Boot host application using crmkit through its auto-configuration only. */
@NullMarked
package dev.crmkit.mybatis.boot.host;

import org.jspecify.annotations.NullMarked;
