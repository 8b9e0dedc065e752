-- Audit log (issue 17; MariaDB, DATETIME(6) holds UTC): one row per create, update and delete of a
-- CRM record, written in the same transaction as the write: who (actor_kind, actor_id,
-- on_behalf_of for an agent's user), when, the change set it belongs to (an agent turn, an import
-- run, an undo), the record's version after the write, and each changed field's old and new value
-- as a JSON array of [field, old, new] triples. Rows are appended only; no foreign key to the
-- record, which may be deleted since.

CREATE TABLE crm_audit (
    id             BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    entity         VARCHAR(20) NOT NULL,
    entity_id      BIGINT NOT NULL,
    operation      VARCHAR(10) NOT NULL,
    actor_kind     VARCHAR(20) NOT NULL,
    actor_id       VARCHAR(200) NOT NULL,
    on_behalf_of   VARCHAR(200),
    change_set_id  VARCHAR(100),
    acted_at       DATETIME(6) NOT NULL,
    record_version BIGINT NOT NULL,
    changes        LONGTEXT NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_nopad_bin;
CREATE INDEX ix_audit_record ON crm_audit (entity, entity_id, id);
CREATE INDEX ix_audit_actor ON crm_audit (actor_kind, actor_id, id);
CREATE INDEX ix_audit_change_set ON crm_audit (change_set_id, id);
