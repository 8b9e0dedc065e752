/**
 * The API's {@code Idempotency-Key}: a POST retried with the same key replays the first response
 * instead of running again, and the key is recorded in the same transaction as the request's writes.
 */
@NullMarked
package dev.crmkit.examples.web.idempotency;

import org.jspecify.annotations.NullMarked;
