-- Trash (issue 17): a delete moves the record, and what its delete cascaded or detached, into one
-- row here, in the delete's transaction; the live tables keep only live rows, so every list, every
-- query and the unique email/domain indexes see live records only. snapshot is JSON written by
-- crm-core (the record, its cascade, the ids of the records it detached); label is what a trash
-- page shows. deleted_by is who deleted it, when the host says.
CREATE TABLE crm_trash (
    kind       VARCHAR(20)  NOT NULL,
    record_id  BIGINT NOT NULL,
    label      VARCHAR(600) NOT NULL,
    deleted_at DATETIME(6) NOT NULL,
    deleted_by VARCHAR(200),
    snapshot   LONGTEXT NOT NULL,
    CONSTRAINT pk_trash PRIMARY KEY (kind, record_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_nopad_bin;
CREATE INDEX ix_trash_deleted_at ON crm_trash (deleted_at, kind, record_id);
