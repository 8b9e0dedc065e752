package dev.crmkit.examples.web.idempotency;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The {@code crm.idempotency.*} settings.
 *
 * @param ttl how long a key is remembered (and its response replayed) after its first use; older
 *     keys are purged and may be used again as new
 * @param lease how long a request in flight holds its key: a retry within it gets 409, a retry after
 *     it takes the key over (the first request, should it still finish, then fails and writes nothing)
 * @param purgeInterval how often expired keys are deleted
 */
@ConfigurationProperties("crm.idempotency")
public record IdempotencyProperties(
        @DefaultValue("24h") Duration ttl,
        @DefaultValue("1m") Duration lease,
        @DefaultValue("1h") Duration purgeInterval) {}
