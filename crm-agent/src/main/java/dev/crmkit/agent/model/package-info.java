/**
 * Finding model files on disk and downloading them with resume and checksum verification.
 */
@NullMarked
package dev.crmkit.agent.model;

import org.jspecify.annotations.NullMarked;
