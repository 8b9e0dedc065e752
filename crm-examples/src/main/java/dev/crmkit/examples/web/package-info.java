/** The Spring Boot web app: the application class and the configuration that wires crmkit. */
@NullMarked
package dev.crmkit.examples.web;

import org.jspecify.annotations.NullMarked;
