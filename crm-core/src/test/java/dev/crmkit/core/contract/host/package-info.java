/** A Spring Boot host application using crmkit through its auto-configuration only. */
@NullMarked
package dev.crmkit.core.contract.host;

import org.jspecify.annotations.NullMarked;
