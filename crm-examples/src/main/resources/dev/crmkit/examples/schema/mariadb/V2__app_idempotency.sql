-- The web app's Idempotency-Key records (see IdempotencyStore): one per user and key. A row with a
-- null status is a request in flight; a row with a status holds the response to replay. Times are
-- epoch milliseconds, the same on every database; rows older than crm.idempotency.ttl are purged.
CREATE TABLE app_idempotency_key (
    principal      VARCHAR(255)  NOT NULL,
    idem_key       VARCHAR(255)  NOT NULL,
    fingerprint    CHAR(64)      NOT NULL,
    owner          CHAR(36)      NOT NULL,
    created_at_ms  BIGINT        NOT NULL,
    reserved_at_ms BIGINT        NOT NULL,
    status         INT,
    headers        VARCHAR(4000),
    body           LONGBLOB,
    CONSTRAINT pk_app_idempotency_key PRIMARY KEY (principal, idem_key)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_nopad_bin;
CREATE INDEX ix_app_idempotency_key_created ON app_idempotency_key (created_at_ms);
