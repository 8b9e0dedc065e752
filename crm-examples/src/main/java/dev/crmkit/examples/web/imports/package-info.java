/**
 * CSV import jobs of the web app: {@code POST /api/v1/imports} and the {@code /imports} page start
 * one, both read its status and progress, and download its error CSV. Jobs live in this process's
 * memory ({@link dev.crmkit.examples.web.imports.ImportJobs}).
 */
@NullMarked
package dev.crmkit.examples.web.imports;

import org.jspecify.annotations.NullMarked;
